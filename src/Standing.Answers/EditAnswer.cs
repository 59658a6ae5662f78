using Standing.Data;
using Standing.Domain;
using Standing.Domain.Editing;
using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Answers;

/// <summary>A change given with a malformed field (a date that is not a date, an unknown kind); nothing was written.</summary>
/// <param name="field">The fact's field at fault.</param>
/// <param name="problem">What is wrong, without naming the field.</param>
public sealed class EditInputException(string field, string problem) : Exception($"{field}: {problem}")
{
    public string Field { get; } = field;

    public string Problem { get; } = problem;
}

/// <summary>Changes to the record: a recognition event as writers give it and readers see it, and the history of changes.</summary>
public static class EditAnswer
{
    /// <summary>A recognition event's values, as a change gives them.</summary>
    /// <param name="Subject">The subject's code; Kosovo's, as for every question, when empty.</param>
    /// <param name="State">The recognising state's code.</param>
    /// <param name="Kind">recognised, withdrawn or restored.</param>
    /// <param name="Date">When it took effect: yyyy-mm-dd, yyyy-mm or yyyy.</param>
    /// <param name="Source">The page that states it, or <c>unverified</c>.</param>
    /// <param name="Note">The editor's note.</param>
    public sealed record Values(string? Subject, string? State, string? Kind, string? Date, string? Source, string? Note = null);

    /// <summary>A recorded recognition event.</summary>
    /// <param name="Id">Its id, in its URL.</param>
    /// <param name="Version">How many changes it has had (0: as shipped).</param>
    /// <param name="Tag">Its version tag (the HTTP ETag): give it back to change the fact.</param>
    /// <param name="Subject">The subject.</param>
    /// <param name="State">The state.</param>
    /// <param name="Kind">recognised, withdrawn or restored.</param>
    /// <param name="Date">When it took effect.</param>
    /// <param name="Source">The page that states it.</param>
    /// <param name="Note">The editor's note.</param>
    public sealed record Fact(string Id, int Version, string Tag, string Subject, string State, string Kind, string Date, string Source, string? Note);

    /// <summary>One change, as the history lists it.</summary>
    /// <param name="Id">The change's id (give it to revert the change).</param>
    /// <param name="Fact">The fact's id.</param>
    /// <param name="Version">The fact's version after the change.</param>
    /// <param name="Action">added, corrected, retracted or reverted.</param>
    /// <param name="Author">Who made it.</param>
    /// <param name="At">When (UTC).</param>
    /// <param name="Before">The fact before; null when it did not exist.</param>
    /// <param name="After">The fact after; null when retracted.</param>
    /// <param name="Source">What the change rests on.</param>
    /// <param name="Note">The editor's note.</param>
    /// <param name="Reverts">For a revert, the change it undid.</param>
    public sealed record Change(long Id, string Fact, int Version, string Action, string Author, DateTimeOffset At, Values? Before, Values? After, string Source, string? Note, long? Reverts);

    /// <summary>A change that the data set shipped since disagrees with; the change stands.</summary>
    /// <param name="Fact">The fact's id.</param>
    /// <param name="Reason">changed (the release ships other values than the change started from), removed (the release
    /// no longer ships the fact), also-shipped (a fact a change added is now shipped too) or unsound (the importer's check
    /// finds a problem at the change).</param>
    /// <param name="Edit">The change concerned (the fact's latest).</param>
    /// <param name="WhenEdited">The fact as shipped when it was first changed.</param>
    /// <param name="Shipped">The fact as shipped now.</param>
    /// <param name="Current">The fact as it stands.</param>
    /// <param name="Problem">For unsound: what the check says.</param>
    public sealed record ConflictRow(string Fact, string Reason, long Edit, Values? WhenEdited, Values? Shipped, Values? Current, string? Problem);

    /// <summary>The columns of the conflicts in a table or CSV.</summary>
    public static readonly IReadOnlyList<Column<ConflictRow>> ConflictColumns =
    [
        new("fact", c => c.Fact), new("reason", c => c.Reason), new("edit", c => c.Edit), new("whenEdited", c => Describe(c.WhenEdited)),
        new("shipped", c => Describe(c.Shipped)), new("current", c => Describe(c.Current)), new("problem", c => c.Problem),
    ];

    /// <summary>Where the changes and the data set now shipped disagree.</summary>
    public static IReadOnlyList<ConflictRow> Conflicts(EditedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return [.. record.Conflicts().Select(c => new ConflictRow(c.Fact, c.Reason.ToKebab(), c.Edit, ValuesOf(c.WhenEdited), ValuesOf(c.Shipped), ValuesOf(c.Current), c.Problem))];
    }

    /// <summary>The columns of the history in a table or CSV.</summary>
    public static readonly IReadOnlyList<Column<Change>> HistoryColumns =
    [
        new("id", c => c.Id), new("fact", c => c.Fact), new("version", c => c.Version), new("action", c => c.Action), new("author", c => c.Author),
        new("at", c => c.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)),
        new("before", c => Describe(c.Before)), new("after", c => Describe(c.After)), new("source", c => c.Source), new("note", c => c.Note),
    ];

    /// <summary>The recognition event these values describe.</summary>
    /// <exception cref="EditInputException">A field is missing or malformed.</exception>
    public static RecognitionEvent Parse(Values values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var subject = string.IsNullOrWhiteSpace(values.Subject) ? EntityCode.Kosovo : Code(values.Subject, "subject");
        var state = Code(values.State, "state");
        var kind = KebabNames.Of<RecognitionEventKind>().TryGetValue(values.Kind?.Trim() ?? "", out var k)
            ? k
            : throw new EditInputException("kind", $"'{values.Kind}' is not one of {string.Join(", ", KebabNames.Of<RecognitionEventKind>().Keys)}");
        var date = PartialDate.TryParse(values.Date, out var d) ? d : throw new EditInputException("date", $"'{values.Date}' is not a date (yyyy-mm-dd, yyyy-mm or yyyy)");
        return new(subject, state, kind, date, Source(values.Source), string.IsNullOrWhiteSpace(values.Note) ? null : values.Note.Trim());
    }

    /// <summary>What a change rests on: an http(s) address or <c>unverified</c>.</summary>
    /// <exception cref="EditInputException">It is missing or neither.</exception>
    public static SourceRef Source(string? source)
    {
        var text = source?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new EditInputException("source", "required: the address of the page that states it, or 'unverified' with a note");
        }

        return string.Equals(text, SourceRef.UnverifiedMarker, StringComparison.OrdinalIgnoreCase)
            || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            ? new SourceRef(text)
            : throw new EditInputException("source", $"'{text}' is neither an http(s) address nor 'unverified'");
    }

    /// <summary>The recognition event with this id as it stands; null if there is none or it was retracted.</summary>
    public static Fact? Find(EditedRecord record, string id)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Recognition(id) is { } r ? View(id, r.Value, r.Version) : null;
    }

    /// <summary>The fact an accepted change left (for a retraction, its last values).</summary>
    public static Fact After(Edit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return View(edit.Fact, edit.After ?? edit.Before!, edit.Version);
    }

    /// <summary>The changes to one state's facts (or to one fact, or all), newest first.</summary>
    public static IReadOnlyList<Change> History(EditedRecord record, string? state = null, string? fact = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        return [.. record.Edits
            .Where(e => state is null || string.Equals((e.After ?? e.Before)?.State.Value, state, StringComparison.OrdinalIgnoreCase))
            .Where(e => fact is null || e.Fact == fact)
            .OrderByDescending(e => e.Id)
            .Select(e => new Change(e.Id, e.Fact, e.Version, e.Action.ToKebab(), e.Author, e.At, ValuesOf(e.Before), ValuesOf(e.After), e.Source.Value, e.Note, e.Reverts))];
    }

    /// <summary>Makes <paramref name="change"/> on the latest record, all or nothing.</summary>
    public static Task<(Proposal Proposal, EditedRecord Record)> CommitAsync(StandingStore store, EditedRecord seen, Domain.Editing.Change change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.CommitAsync(seen, latest => latest.Propose(change), ct);
    }

    private static Fact View(string id, RecognitionEvent r, int version) =>
        new(id, version, FactTags.Of(r, version), r.Subject.Value, r.State.Value, r.Kind.ToKebab(), r.Date.ToString(), r.Source.Value, r.Note);

    private static Values? ValuesOf(RecognitionEvent? r) => r is null ? null : new(r.Subject.Value, r.State.Value, r.Kind.ToKebab(), r.Date.ToString(), r.Source.Value, r.Note);

    private static string? Describe(Values? v) => v is null ? null : $"{v.State} {v.Kind} {v.Subject} {v.Date}";

    private static EntityCode Code(string? text, string field) =>
        EntityCode.TryParse(text?.Trim(), out var code) ? code : throw new EditInputException(field, $"'{text}' is not a three-letter code");
}
