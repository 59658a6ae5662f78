using Standing.Domain.Sources;
using Standing.Domain.Validation;

namespace Standing.Domain.Editing;

/// <summary>A change refused because it would make the data unsound: the fact's field at fault and why.</summary>
/// <param name="Field">The fact's field (subject, state, kind, date, source, note), or <c>fact</c> for the whole.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
public sealed record Refusal(string Field, string Message);

/// <summary>Why a change and the data set shipped since disagree (see <see cref="EditedRecord.Conflicts"/>).</summary>
public enum ConflictReason
{
    /// <summary>The release ships other values than those the change started from; the change stands.</summary>
    Changed,

    /// <summary>The release no longer ships the fact the change was made to; the changed fact stands.</summary>
    Removed,

    /// <summary>A fact added by a change is now shipped as well; the change's version stands.</summary>
    AlsoShipped,

    /// <summary>With the release, the changed data has a problem the importer would refuse.</summary>
    Unsound,
}

/// <summary>A change that a newer data set disagrees with: the edit stands, and this says where and how.</summary>
/// <param name="Kind">The kind of fact.</param>
/// <param name="Fact">The fact's id.</param>
/// <param name="Reason">How they disagree.</param>
/// <param name="Edit">The latest change to the fact (for <see cref="ConflictReason.Unsound"/>, the change the problem points at).</param>
/// <param name="WhenEdited">The fact as shipped when it was first changed; null for a fact a change added.</param>
/// <param name="Shipped">The fact as shipped now; null if it is not.</param>
/// <param name="Current">The fact as it stands, after the changes; null if retracted.</param>
/// <param name="Problem">For an unsound record, what the importer's check says.</param>
public sealed record Conflict(FactKind Kind, string Fact, ConflictReason Reason, long Edit, object? WhenEdited, object? Shipped, object? Current, string? Problem = null);

/// <summary>
/// The record as it stands: the data set shipped with Standing, with every accepted change applied in order. Each fact
/// appears in its latest version; a retracted fact is gone from the answers but stays in <see cref="Edits"/>.
/// </summary>
public sealed class EditedRecord
{
    private readonly ShippedFacts _shipped;

    /// <summary>Each changed fact's latest version (null: retracted), its version number and the change that made it.</summary>
    private readonly Dictionary<(FactKind Kind, string Id), (object? Value, int Version, long Edit)> _changed = [];

    private readonly Lazy<IReadOnlyList<Problem>> _problems;

    private EditedRecord(ShippedFacts shipped, IReadOnlyList<Edit> edits)
    {
        _shipped = shipped;
        Edits = edits;
        foreach (var e in edits)
        {
            _changed[(e.Kind, e.Fact)] = (e.After, e.Version, e.Id);
        }

        Input = Apply();
        _problems = new(() => RegistryValidator.Validate(Input).Problems);
    }

    /// <summary>The data set as shipped.</summary>
    public RegistryInput Shipped => _shipped.Input;

    /// <summary>Every accepted change, oldest first.</summary>
    public IReadOnlyList<Edit> Edits { get; }

    /// <summary>The data set with the changes applied: what the answers are built from.</summary>
    public RegistryInput Input { get; }

    /// <summary>The id the next change will get.</summary>
    public long NextEditId => Edits.Count == 0 ? 1 : Edits[^1].Id + 1;

    /// <summary>The record made of <paramref name="shipped"/> and the changes accepted since, oldest first.</summary>
    public static EditedRecord Create(RegistryInput shipped, IReadOnlyList<Edit> edits)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        ArgumentNullException.ThrowIfNull(edits);
        return new(new ShippedFacts(shipped), edits);
    }

    /// <summary>The fact of this kind and id as it stands, with its version; null if there is none or it was retracted.</summary>
    public (object Value, int Version)? Find(FactKind kind, string fact) =>
        _changed.TryGetValue((kind, fact), out var changed)
            ? changed.Value is { } value ? (value, changed.Version) : null
            : _shipped.Find(kind, fact) is { } shipped ? (shipped, 0) : null;

    /// <summary>The fact of this kind and id as it stands, as its own type, with its version; null if there is none or it was retracted.</summary>
    public (T Value, int Version)? Find<T>(FactKind<T> kind, string fact) where T : class =>
        Find((FactKind)kind, fact) is { } f ? ((T)f.Value, f.Version) : null;

    /// <summary>Every fact of this kind as it stands, with its id and version: the shipped ones in the data's order, then those changes added.</summary>
    public IEnumerable<(string Id, object Value, int Version)> Facts(FactKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var added = _changed.Keys.Where(k => k.Kind == kind && _shipped.Find(k.Kind, k.Id) is null).Select(k => k.Id);
        foreach (var id in _shipped.Ids(kind).Concat(added))
        {
            if (Find(kind, id) is { } fact)
            {
                yield return (id, fact.Value, fact.Version);
            }
        }
    }

    /// <summary>The fact's version, whether it stands or was retracted; null if it was never recorded.</summary>
    public int? VersionOf(FactKind kind, string fact) =>
        _changed.TryGetValue((kind, fact), out var changed) ? changed.Version : _shipped.Find(kind, fact) is null ? null : 0;

    /// <summary>The record with one more change.</summary>
    public EditedRecord With(Edit edit) => new(_shipped, [.. Edits, edit]);

    /// <summary>The record with more changes (those another writer made since), oldest first; this record itself if there are none.</summary>
    public EditedRecord With(IReadOnlyList<Edit> more)
    {
        ArgumentNullException.ThrowIfNull(more);
        return more.Count == 0 ? this : new(_shipped, [.. Edits, .. more]);
    }

    /// <summary>
    /// Where the changes and the data set now shipped disagree: a fact changed since the change was made, dropped from
    /// the release or added to it, and any problem the importer's check finds at a change. Empty when the record was
    /// never changed or the release agrees with every change.
    /// </summary>
    public IReadOnlyList<Conflict> Conflicts()
    {
        var conflicts = new List<Conflict>();
        foreach (var edits in Edits.GroupBy(e => (e.Kind, e.Fact)))
        {
            var (first, last) = (edits.First(), edits.Last());
            var shipped = _shipped.Find(edits.Key.Kind, edits.Key.Fact);
            ConflictReason? reason = (first.Before, shipped) switch
            {
                (null, null) => null,
                (null, _) => ConflictReason.AlsoShipped,
                (_, null) => ConflictReason.Removed,
                var (before, now) when first.Kind.TextOf(before) != first.Kind.TextOf(now) => ConflictReason.Changed,
                _ => null,
            };
            if (reason is { } r)
            {
                conflicts.Add(new(first.Kind, first.Fact, r, last.Id, first.Before, shipped, last.After));
            }
        }

        foreach (var p in _problems.Value.Where(p => p.Path.StartsWith("edit ", StringComparison.Ordinal)))
        {
            if (Edits.FirstOrDefault(e => $"edit {e.Id}" == p.Path) is { } edit)
            {
                conflicts.Add(new(edit.Kind, edit.Fact, ConflictReason.Unsound, edit.Id, null, _shipped.Find(edit.Kind, edit.Fact),
                    Find(edit.Kind, edit.Fact)?.Value, p.Message));
            }
        }

        return conflicts;
    }

    /// <summary>
    /// The edit that <paramref name="change"/> makes of this record, or why it cannot be made: an unknown fact, a fact
    /// already recorded, a missing or stale tag, a change that would change nothing, or data the importer would refuse.
    /// </summary>
    public Proposal Propose(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        FactKind kind;
        string fact;
        object? before, after;
        switch (change.Action)
        {
            case EditAction.Added:
                kind = change.Kind ?? throw new ArgumentException("an addition names the kind of fact", nameof(change));
                after = Checked(kind, change.After) ?? throw new ArgumentException("an addition needs the fact's values", nameof(change));
                var ids = kind.SharesIds ? IdsFor(kind, kind.IdOf(after)).ToList() : [kind.IdOf(after)];
                if (ids.FirstOrDefault(id => Find(kind, id) is { } same && (!kind.SharesIds || kind.TextOf(same.Value) == kind.TextOf(after))) is { } recorded)
                {
                    return Proposal.Rejected(Rejection.Exists, new Refusal("fact", $"{recorded} is already recorded: correct it instead"));
                }

                // A fact that shares its id with another gets the next free one, as in the data set.
                fact = ids.First(id => Find(kind, id) is null);

                before = null;
                break;
            case EditAction.Corrected or EditAction.Retracted:
                kind = change.Kind ?? throw new ArgumentException("a correction names the kind of fact", nameof(change));
                fact = change.Fact ?? throw new ArgumentException("a correction names its fact", nameof(change));
                if (Find(kind, fact) is not { } current)
                {
                    return Proposal.Rejected(Rejection.NotFound);
                }

                if (change.IfTag is null)
                {
                    return Proposal.Rejected(Rejection.TagRequired);
                }

                if (change.IfTag != "*" && change.IfTag != FactTags.Of(kind, current.Value, current.Version))
                {
                    return Proposal.Rejected(Rejection.Stale);
                }

                (before, after) = (current.Value, change.Action == EditAction.Retracted
                    ? null
                    : Checked(kind, change.After) ?? throw new ArgumentException("a correction needs the fact's values", nameof(change)));
                break;
            case EditAction.Reverted:
                if (Edits.FirstOrDefault(e => e.Id == change.Reverts) is not { } undone)
                {
                    return Proposal.Rejected(Rejection.NotFound);
                }

                (kind, fact) = (undone.Kind, undone.Fact);
                (before, after) = (Find(kind, fact)?.Value, undone.Before);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change.Action, "not a change");
        }

        // A version that changes nothing would only crowd the history and make every ETag a writer holds stale.
        if ((before is null ? null : kind.TextOf(before)) == (after is null ? null : kind.TextOf(after)))
        {
            var already = after is null ? "is already retracted" : "already has these values";
            return Proposal.Rejected(Rejection.Unchanged, new Refusal("fact", $"{fact} {already}: there is nothing to change")) with { Kind = kind, Fact = fact };
        }

        var edit = new Edit(NextEditId, kind, fact, (VersionOf(kind, fact) ?? 0) + 1, change.Action, before, after, change.Author, change.At, change.Source, change.Note,
            change.Action == EditAction.Reverted ? change.Reverts : null);
        var refusals = Check(edit);
        return refusals.Count > 0 ? Proposal.Rejected(Rejection.Unsound, [.. refusals]) : new Proposal(edit);
    }

    /// <summary>
    /// Why <paramref name="edit"/> may not be made: the problems the importer would find in the data set with the change
    /// that it does not find without it (a withdrawal before any recognition, an unknown state, overlapping memberships).
    /// Empty when the change is sound.
    /// </summary>
    public IReadOnlyList<Refusal> Check(Edit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var refusals = new List<Refusal>();
        if (!edit.Source.IsVerified && string.IsNullOrWhiteSpace(edit.Note))
        {
            refusals.Add(new("note", "a change whose source is 'unverified' needs a note saying what it rests on"));
        }

        var existing = _problems.Value.Select(p => (p.Code, p.Message)).ToHashSet();
        refusals.AddRange(RegistryValidator.Validate(With(edit).Input).Problems
            .Where(p => !existing.Contains((p.Code, p.Message)))
            .Select(p => new Refusal(FieldOf(edit.Kind, p), p.Code == "unknown-code" ? UnknownCode(p) : p.Message)));
        return refusals;
    }

    /// <summary>The id and its numbered variants (<c>~2</c>, <c>~3</c>, ...), as far as one is free.</summary>
    private IEnumerable<string> IdsFor(FactKind kind, string id)
    {
        yield return id;
        for (var n = 2; ; n++)
        {
            var numbered = $"{id}~{n}";
            yield return numbered;
            if (Find(kind, numbered) is null)
            {
                yield break;
            }
        }
    }

    private static object? Checked(FactKind kind, object? fact) =>
        fact is null || kind.Holds(fact) ? fact : throw new ArgumentException($"the values are not a {kind.Name}", nameof(fact));

    /// <summary>The importer's words name its CSV column and file; a change has neither.</summary>
    private static string UnknownCode(Problem p) => p.Message.Split('\'') is { Length: >= 3 } parts
        ? $"'{parts[1]}' is not the code of a state or entity Standing knows"
        : p.Message;

    /// <summary>The fact's field a problem of the importer's check is about.</summary>
    private static string FieldOf(FactKind kind, Problem p) => p.Code switch
    {
        "unknown-subject" => "subject",
        // The importer names the column first: "code" is the state's column in every file.
        "unknown-code" => p.Message.Split(' ')[0] is var column && column is "code" or "country" ? "state" : column,
        "unknown-organisation" => "organisation",
        "unknown-source" => "source",
        "unknown-body" => "body",
        "unknown-agency" => "links",
        "bad-round" => "round",
        "bad-tally" => "yes",
        "overlapping-membership" or "overlapping-relation" => "since",
        "before-declaration" or "out-of-order" => "date",
        "duplicate-row" when kind == FactKinds.Recognition => "date",
        _ => "fact",
    };

    /// <summary>
    /// The shipped input with each kind's changed facts in their latest versions, retracted facts left out, and each
    /// change's source described so that the importer's check holds.
    /// </summary>
    private RegistryInput Apply()
    {
        if (Edits.Count == 0)
        {
            return Shipped;
        }

        var input = Shipped;
        foreach (var changed in _changed.GroupBy(c => c.Key.Kind))
        {
            input = changed.Key.Apply(input, _shipped.Ids(changed.Key), changed.ToDictionary(c => c.Key.Id, c => (c.Value.Value, c.Value.Edit), StringComparer.Ordinal));
        }

        var known = Shipped.Sources.Select(s => s.Value.Url).ToHashSet(StringComparer.Ordinal);
        var cited = Edits.SelectMany(e => new[] { (e.Source, e) }.Concat(e.After is { } a ? [(e.Kind.SourceOf(a), e)] : []))
            .Where(c => c.Source.IsVerified && known.Add(c.Source.Value))
            .Select(c => new Located<Source>(Described(c.Source.Value, c.e.At), $"edit {c.e.Id}"));
        return input with { Sources = [.. Shipped.Sources, .. cited] };
    }

    /// <summary>A page first cited by a change: described by its address, read on the day of the change.</summary>
    private static Source Described(string url, DateTimeOffset at) =>
        new(url, url, Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url, DateOnly.FromDateTime(at.UtcDateTime));

    /// <summary>The shipped facts by kind and id, and each kind's ids in the data's order: built once per data set, shared by every record made from it.</summary>
    private sealed class ShippedFacts(RegistryInput input)
    {
        /// <summary>Each kind's facts by id, and their ids in the data's order; indexed when first asked, as most records are only read.</summary>
        private readonly Dictionary<FactKind, Lazy<(Dictionary<string, object> ById, List<string> Ids)>> _kinds = FactKinds.All.ToDictionary(
            kind => kind, kind => new Lazy<(Dictionary<string, object>, List<string>)>(() => Index(kind, input)));

        public RegistryInput Input => input;

        public object? Find(FactKind kind, string id) => _kinds[kind].Value.ById.GetValueOrDefault(id);

        public List<string> Ids(FactKind kind) => _kinds[kind].Value.Ids;

        private static (Dictionary<string, object>, List<string>) Index(FactKind kind, RegistryInput input)
        {
            var (byId, ids) = (new Dictionary<string, object>(StringComparer.Ordinal), new List<string>());
            foreach (var (id, fact) in kind.Identified(input))
            {
                byId.Add(id, fact);
                ids.Add(id);
            }

            return (byId, ids);
        }
    }
}
