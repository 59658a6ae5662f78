using Standing.Data;
using Standing.Data.Files;
using Standing.Domain;
using Standing.Domain.Editing;
using Standing.Domain.Entities;
using Standing.Domain.Sources;

namespace Standing.Answers;

/// <summary>A change given with a malformed field (a date that is not a date, an unknown kind); nothing was written.</summary>
/// <param name="field">The fact's field at fault.</param>
/// <param name="problem">What is wrong, without naming the field.</param>
public sealed class EditInputException(string field, string problem) : Exception($"{field}: {problem}")
{
    public string Field { get; } = field;

    public string Problem { get; } = problem;
}

/// <summary>
/// Changes to the record: a fact of any kind as writers give it and readers see it (its fields by name, as in its data
/// file), the changes that add, correct, retract and revert facts, and the history of changes.
/// </summary>
public static class EditAnswer
{
    /// <summary>A recorded fact.</summary>
    /// <param name="Id">Its id, in its URL.</param>
    /// <param name="Type">Its kind: recognition, claim, position, membership, relation, vote or arrangement.</param>
    /// <param name="Version">How many changes it has had (0: as shipped).</param>
    /// <param name="Tag">Its version tag (the HTTP ETag): give it back to change the fact.</param>
    /// <param name="Values">Its fields by name, as a change gives them (empty fields are null).</param>
    public sealed record Fact(string Id, string Type, int Version, string Tag, IReadOnlyDictionary<string, string?> Values);

    /// <summary>One change, as the history lists it.</summary>
    /// <param name="Id">The change's id (give it to revert the change).</param>
    /// <param name="Type">The kind of fact it changed.</param>
    /// <param name="Fact">The fact's id.</param>
    /// <param name="Version">The fact's version after the change.</param>
    /// <param name="Action">added, corrected, retracted or reverted.</param>
    /// <param name="Author">Who made it.</param>
    /// <param name="At">When (UTC).</param>
    /// <param name="Before">The fact's fields before; null when it did not exist.</param>
    /// <param name="After">The fact's fields after; null when retracted.</param>
    /// <param name="Source">What the change rests on.</param>
    /// <param name="Note">The editor's note.</param>
    /// <param name="Reverts">For a revert, the change it undid.</param>
    public sealed record Change(long Id, string Type, string Fact, int Version, string Action, string Author, DateTimeOffset At,
        IReadOnlyDictionary<string, string?>? Before, IReadOnlyDictionary<string, string?>? After, string Source, string? Note, long? Reverts);

    /// <summary>A change that the data set shipped since disagrees with; the change stands.</summary>
    /// <param name="Type">The kind of fact.</param>
    /// <param name="Fact">The fact's id.</param>
    /// <param name="Reason">changed (the release ships other values than the change started from), removed (the release
    /// no longer ships the fact), also-shipped (a fact a change added is now shipped too) or unsound (the importer's check
    /// finds a problem at the change).</param>
    /// <param name="Edit">The change concerned (the fact's latest).</param>
    /// <param name="WhenEdited">The fact as shipped when it was first changed.</param>
    /// <param name="Shipped">The fact as shipped now.</param>
    /// <param name="Current">The fact as it stands.</param>
    /// <param name="Problem">For unsound: what the check says.</param>
    public sealed record ConflictRow(string Type, string Fact, string Reason, long Edit, IReadOnlyDictionary<string, string?>? WhenEdited,
        IReadOnlyDictionary<string, string?>? Shipped, IReadOnlyDictionary<string, string?>? Current, string? Problem);

    /// <summary>The columns of the conflicts in a table or CSV.</summary>
    public static readonly IReadOnlyList<Column<ConflictRow>> ConflictColumns =
    [
        new("type", c => c.Type), new("fact", c => c.Fact), new("reason", c => c.Reason), new("edit", c => c.Edit), new("whenEdited", c => Describe(c.WhenEdited)),
        new("shipped", c => Describe(c.Shipped)), new("current", c => Describe(c.Current)), new("problem", c => c.Problem),
    ];

    /// <summary>The columns of a list of facts in a table or CSV.</summary>
    public static readonly IReadOnlyList<Column<Fact>> FactColumns =
    [
        new("id", f => f.Id), new("type", f => f.Type), new("version", f => f.Version), new("tag", f => f.Tag), new("fact", f => Describe(f.Values)),
        new("source", f => f.Values.GetValueOrDefault("source")),
    ];

    /// <summary>The columns of the history in a table or CSV.</summary>
    public static readonly IReadOnlyList<Column<Change>> HistoryColumns =
    [
        new("id", c => c.Id), new("type", c => c.Type), new("fact", c => c.Fact), new("version", c => c.Version), new("action", c => c.Action), new("author", c => c.Author),
        new("at", c => c.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)),
        new("before", c => Describe(c.Before)), new("after", c => Describe(c.After)), new("source", c => c.Source), new("note", c => c.Note),
    ];

    /// <summary>The kind of fact with this name.</summary>
    /// <exception cref="EditInputException">There is none.</exception>
    public static FactKind Kind(string? name) => FactKinds.Named(name)
        ?? throw new EditInputException("type", $"'{name}' is not one of {string.Join(", ", FactKinds.All.Select(k => k.Name))}");

    /// <summary>The fields a fact of <paramref name="kind"/> has, in the order of its data file.</summary>
    public static IReadOnlyList<string> Fields(FactKind kind) => FactFormats.Of(kind).Fields;

    /// <summary>The fact these fields describe; an empty subject is Kosovo's, as for every question.</summary>
    /// <exception cref="EditInputException">A field is unknown, missing or malformed: the first such, with every problem in the message.</exception>
    public static object Parse(FactKind kind, IReadOnlyDictionary<string, string?> fields)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var (fact, problems) = FactFormats.Of(kind).Read(fields, SubjectByDefault);
        return fact ?? throw new EditInputException(problems[0].Path, string.Join("; ", problems.Select(p => p.Message)));
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

    /// <summary>A change that records a new fact; it rests on the fact's own source and carries its note.</summary>
    /// <exception cref="EditInputException">A field is unknown, missing or malformed.</exception>
    public static Domain.Editing.Change Addition(FactKind kind, IReadOnlyDictionary<string, string?> fields, string author, DateTimeOffset at)
    {
        var (after, source, note) = Values(kind, fields);
        return new(EditAction.Added, kind, null, after, null, author, at, source, note);
    }

    /// <summary>
    /// A change that gives an existing fact of <paramref name="record"/> new values, if it still has the tag
    /// <paramref name="ifTag"/>: the fields given replace the fact's (a null empties one), the others stay as they are.
    /// </summary>
    /// <exception cref="EditInputException">A field is unknown, missing or malformed.</exception>
    public static Domain.Editing.Change Correction(EditedRecord record, FactKind kind, string id, IReadOnlyDictionary<string, string?> given, string? ifTag, string author, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(given);
        var fields = new Dictionary<string, string?>(Find(record, kind, id)?.Values ?? new Dictionary<string, string?>(), StringComparer.Ordinal);
        foreach (var (field, value) in given)
        {
            fields[field] = value;
        }

        var (after, source, note) = Values(kind, fields);
        return new(EditAction.Corrected, kind, id, after, ifTag, author, at, source, note);
    }

    /// <summary>A change that withdraws a fact from the record, on the source given.</summary>
    /// <exception cref="EditInputException">The source is missing or malformed.</exception>
    public static Domain.Editing.Change Retraction(FactKind kind, string id, string? ifTag, string? source, string? note, string author, DateTimeOffset at) =>
        new(EditAction.Retracted, kind, id, null, ifTag, author, at, Source(source), Blank(note));

    /// <summary>A change that undoes change <paramref name="change"/>, on the source given.</summary>
    /// <exception cref="EditInputException">The source is missing or malformed.</exception>
    public static Domain.Editing.Change Reversal(long change, string? source, string? note, string author, DateTimeOffset at) =>
        new(EditAction.Reverted, null, null, null, null, author, at, Source(source), Blank(note), change);

    /// <summary>The fact of this kind and id as it stands; null if there is none or it was retracted.</summary>
    public static Fact? Find(EditedRecord record, FactKind kind, string id)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Find(kind, id) is { } f ? View(kind, id, f.Value, f.Version) : null;
    }

    /// <summary>Every fact of this kind as it stands, or those about one state (a kind without a state, such as votes, has none).</summary>
    public static IReadOnlyList<Fact> Facts(EditedRecord record, FactKind kind, string? state = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        return [.. record.Facts(kind)
            .Where(f => state is null || string.Equals(kind.StateOf(f.Value)?.Value, state.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(f => View(kind, f.Id, f.Value, f.Version))];
    }

    /// <summary>The fact an accepted change left (for a retraction, its last values).</summary>
    public static Fact After(Edit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return View(edit.Kind, edit.Fact, edit.After ?? edit.Before!, edit.Version);
    }

    /// <summary>The changes to one state's facts, or to one fact, or of one kind, or all; newest first.</summary>
    public static IReadOnlyList<Change> History(EditedRecord record, string? state = null, string? fact = null, FactKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        return [.. record.Edits
            .Where(e => state is null || ((e.After ?? e.Before) is { } f && string.Equals(e.Kind.StateOf(f)?.Value, state, StringComparison.OrdinalIgnoreCase)))
            .Where(e => fact is null || e.Fact == fact)
            .Where(e => kind is null || e.Kind == kind)
            .OrderByDescending(e => e.Id)
            .Select(e => new Change(e.Id, e.Kind.Name, e.Fact, e.Version, e.Action.ToKebab(), e.Author, e.At, FieldsOf(e.Kind, e.Before), FieldsOf(e.Kind, e.After),
                e.Source.Value, e.Note, e.Reverts))];
    }

    /// <summary>The change <paramref name="edit"/> as the history lists it.</summary>
    public static Change Listed(EditedRecord record, Edit edit) => History(record, fact: edit.Fact, kind: edit.Kind)[0];

    /// <summary>Where the changes and the data set now shipped disagree.</summary>
    public static IReadOnlyList<ConflictRow> Conflicts(EditedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return [.. record.Conflicts().Select(c => new ConflictRow(c.Kind.Name, c.Fact, c.Reason.ToKebab(), c.Edit,
            FieldsOf(c.Kind, c.WhenEdited), FieldsOf(c.Kind, c.Shipped), FieldsOf(c.Kind, c.Current), c.Problem))];
    }

    /// <summary>Makes the change <paramref name="change"/> makes of the latest record (read under the write lock), all or nothing.</summary>
    public static Task<(Proposal Proposal, EditedRecord Record)> CommitAsync(StandingStore store, EditedRecord seen, Func<EditedRecord, Domain.Editing.Change> change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(change);
        return store.CommitAsync(seen, latest => latest.Propose(change(latest)), ct);
    }

    private static readonly Dictionary<string, string> SubjectByDefault = new(StringComparer.Ordinal) { ["subject"] = EntityCode.Kosovo.Value };

    /// <summary>The fact, and the change's source and note: the fact's own, the source checked as a change's is (a typo is not a page).</summary>
    private static (object Fact, SourceRef Source, string? Note) Values(FactKind kind, IReadOnlyDictionary<string, string?> fields)
    {
        var fact = Parse(kind, fields);
        return (fact, Source(kind.SourceOf(fact).Value), FactFormats.Of(kind).Write(fact).GetValueOrDefault("note"));
    }

    private static Fact View(FactKind kind, string id, object fact, int version) =>
        new(id, kind.Name, version, FactTags.Of(kind, fact, version), FactFormats.Of(kind).Write(fact));

    private static IReadOnlyDictionary<string, string?>? FieldsOf(FactKind kind, object? fact) => fact is null ? null : FactFormats.Of(kind).Write(fact);

    /// <summary>A fact in one line: its values but the source and note.</summary>
    private static string? Describe(IReadOnlyDictionary<string, string?>? fields) => fields is null
        ? null
        : string.Join(' ', fields.Where(f => f.Key is not ("source" or "note") && f.Value is not null).Select(f => f.Value));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
