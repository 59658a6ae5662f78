using System.Globalization;
using Standing.Domain;
using Standing.Domain.Admission;
using Standing.Domain.Cooperation;
using Standing.Domain.Editing;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Relations;
using Standing.Domain.Sources;
using Standing.Domain.Time;
using Standing.Domain.Validation;

namespace Standing.Data.Files;

/// <summary>
/// How a kind of fact is written as named text fields: the columns of its data file, read and written, and the names a
/// change gives them (camel case, <c>state</c> for the <c>code</c> column). The importer and a change read a fact the
/// same way, so a change passes the importer's checks field by field.
/// </summary>
public abstract class FactFormat
{
    private readonly Dictionary<string, string> _fieldOfColumn;
    private readonly Dictionary<string, string> _columnOfField;

    private protected FactFormat(FactKind kind, IReadOnlyList<string> columns, IReadOnlyList<string> required, IReadOnlyDictionary<string, string>? renamed)
    {
        Kind = kind;
        Columns = columns;
        Required = required;
        _fieldOfColumn = columns.ToDictionary(c => c, c => renamed?.GetValueOrDefault(c) ?? FieldName(c), StringComparer.Ordinal);
        _columnOfField = _fieldOfColumn.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);
        Fields = [.. columns.Select(c => _fieldOfColumn[c])];
    }

    /// <summary>The kind of fact.</summary>
    public FactKind Kind { get; }

    /// <summary>The data file's columns, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The columns a data file must have.</summary>
    public IReadOnlyList<string> Required { get; }

    /// <summary>The names a change gives the columns, in the same order.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The fact's fields by name; null for an empty field.</summary>
    public IReadOnlyDictionary<string, string?> Write(object fact)
    {
        var values = WriteColumns(fact);
        return Fields.Select((f, i) => (f, values[i])).ToDictionary(x => x.f, x => x.Item2, StringComparer.Ordinal);
    }

    /// <summary>
    /// The fact these fields describe, or every problem with them, each naming its field (the change's name for it). A
    /// field the kind does not have, or one given twice (names differ only in case), is a problem; a field left out or
    /// empty takes its value from <paramref name="defaults"/>, if that has one, and is empty otherwise.
    /// </summary>
    public (object? Fact, IReadOnlyList<Problem> Problems) Read(IReadOnlyDictionary<string, string?> fields, IReadOnlyDictionary<string, string>? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var problems = new List<Problem>();
        var byColumn = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (field, value) in fields)
        {
            if (!_columnOfField.TryGetValue(field, out var column))
            {
                problems.Add(new("unknown-field", $"a {Kind.Name} has no field '{field}'; its fields are {string.Join(", ", Fields)}", field));
            }
            else if (!byColumn.TryAdd(column, value))
            {
                problems.Add(new("duplicate-field", $"'{field}' is given twice", field));
            }
        }

        foreach (var (field, value) in defaults ?? new Dictionary<string, string>())
        {
            if (_columnOfField.TryGetValue(field, out var column) && string.IsNullOrWhiteSpace(byColumn.GetValueOrDefault(column)))
            {
                byColumn[column] = value;
            }
        }

        var row = new FieldRow(c => byColumn.GetValueOrDefault(c), (column, code, message) => problems.Add(new(code, message, column is null ? "fact" : _fieldOfColumn[column])),
            c => _fieldOfColumn[c]);
        return row.TryBuild(BuildFact, out var fact) && problems.Count == 0 ? (fact, []) : (null, problems);
    }

    private protected abstract object BuildFact(FieldRow row);

    private protected abstract IReadOnlyList<string?> WriteColumns(object fact);

    /// <summary>A column's name as a change gives it: <c>state</c> for <c>code</c>, camel case for the rest (<c>said_on</c>: <c>saidOn</c>).</summary>
    private static string FieldName(string column) => column == "code"
        ? "state"
        : string.Concat(column.Split('_').Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
}

/// <summary>The format of the facts of one kind.</summary>
public sealed class FactFormat<T> : FactFormat where T : class
{
    private readonly Func<FieldRow, T> _build;
    private readonly Func<T, IReadOnlyList<string?>> _write;

    internal FactFormat(FactKind<T> kind, IReadOnlyList<string> columns, int required, Func<FieldRow, T> build, Func<T, IReadOnlyList<string?>> write,
        IReadOnlyDictionary<string, string>? renamed = null)
        : base(kind, columns, columns.Take(required).ToList(), renamed) => (_build, _write) = (build, write);

    /// <summary>Builds a fact from a data file's row.</summary>
    internal T Build(FieldRow row) => _build(row);

    private protected override object BuildFact(FieldRow row) => _build(row);

    private protected override IReadOnlyList<string?> WriteColumns(object fact) =>
        _write(fact as T ?? throw new ArgumentException($"not a {Kind.Name}", nameof(fact)));
}

/// <summary>The formats of the kinds of fact a change can make (see <see cref="FactKinds"/>).</summary>
public static class FactFormats
{
    /// <summary>What a yes vote is to the subject: <c>for</c> (the default) or <c>against</c>.</summary>
    private static readonly Dictionary<string, bool> YesIs = new(StringComparer.Ordinal) { ["for"] = true, ["against"] = false };

    /// <summary>Recognition events; when an event was first reported (data/first-reports.csv) is among a change's fields.</summary>
    public static readonly FactFormat<RecognitionEvent> Recognition = new(FactKinds.Recognition,
        ["subject", "code", "event", "date", "source", "note", "reported_on", "report_source", "report_note"], 5,
        r => new RecognitionEvent(r.Code("subject"), r.Code("code"), r.Choice("event", KebabNames.Of<RecognitionEventKind>()), r.Date("date"), r.Source(), r.Optional("note"),
            r.OptionalDate("reported_on") is { } on ? new FirstReport(on, new SourceRef(r.Text("report_source")), r.Optional("report_note")) : null),
        e => [e.Subject.Value, e.State.Value, e.Kind.ToKebab(), e.Date.ToString(), e.Source.Value, e.Note,
            e.FirstReport?.On.ToString(), e.FirstReport?.Source.Value, e.FirstReport?.Note],
        new Dictionary<string, string> { ["event"] = "kind" });

    public static readonly FactFormat<Claim> Claim = new(FactKinds.Claim,
        ["id", "subject", "code", "event", "event_date", "party", "said_on", "stance", "status", "statement", "source", "note"], 11,
        r => new Claim(r.Text("id"), r.Code("subject"), r.Code("code"), r.Choice("event", KebabNames.Of<RecognitionEventKind>()),
            r.Date("event_date"), r.Code("party"), r.OptionalDate("said_on"), r.Choice("stance", KebabNames.Of<ClaimStance>()),
            r.Choice("status", KebabNames.Of<ClaimStatus>()), r.Text("statement"), r.Source(), r.Optional("note")),
        c => [c.Id, c.Subject.Value, c.State.Value, c.Event.ToKebab(), c.EventDate.ToString(), c.Party.Value, c.SaidOn?.ToString(), c.Stance.ToKebab(),
            c.Status.ToKebab(), c.Statement, c.Source.Value, c.Note]);

    public static readonly FactFormat<Position> Position = new(FactKinds.Position,
        ["subject", "code", "position", "stated_on", "source", "note"], 5,
        r => new Position(r.Code("subject"), r.Code("code"), r.Text("position"), r.OptionalDate("stated_on"), r.Source(), r.Optional("note")),
        p => [p.Subject.Value, p.State.Value, p.Text, p.StatedOn?.ToString(), p.Source.Value, p.Note]);

    public static readonly FactFormat<Membership> Membership = new(FactKinds.Membership,
        ["org", "code", "status", "since", "until", "source", "note"], 6,
        r =>
        {
            var since = r.OptionalDate("since");
            return new Membership(new OrganisationId(r.Text("org")), r.Code("code"),
                r.Choice("status", KebabNames.Of<MembershipStatus>()), Period(r, since), since, r.Source(), r.Optional("note"));
        },
        m => [m.Organisation.Value, m.State.Value, m.Status.ToKebab(), m.Since?.ToString(), m.Period.End?.ToIsoString(), m.Source.Value, m.Note],
        new Dictionary<string, string> { ["org"] = "organisation" });

    public static readonly FactFormat<Relation> Relation = new(FactKinds.Relation,
        ["subject", "code", "kind", "value", "since", "until", "detail", "source", "note"], 8,
        r =>
        {
            var since = r.Date("since");
            return new Relation(r.Code("subject"), r.Code("code"), r.Choice("kind", KebabNames.Of<RelationKind>()), r.Text("value"),
                Period(r, since), since, r.Optional("detail"), r.Source(), r.Optional("note"));
        },
        r => [r.Subject.Value, r.State.Value, r.Kind.ToKebab(), r.Value, r.Since.ToString(), r.Period.End?.ToIsoString(), r.Detail, r.Source.Value, r.Note]);

    public static readonly FactFormat<RecordedVote> Vote = new(FactKinds.Vote,
        ["id", "organisation", "body", "round", "motion", "subject", "date", "yes", "no", "abstain", "absent", "outcome", "ballot", "source", "note", "yes_is"], 14,
        r =>
        {
            var absent = r.OptionalCount("absent");
            return new RecordedVote(r.Text("id"), new OrganisationId(r.Text("organisation")), r.Text("body"), r.Count("round"), r.Text("motion"), r.Code("subject"),
                r.ExactDate("date"), new Tally(r.Count("yes"), r.Count("no"), r.Count("abstain"), absent ?? 0),
                absent is not null, r.Choice("outcome", KebabNames.Of<VoteOutcome>()), r.Choice("ballot", KebabNames.Of<Ballot>()), r.Source(), r.Optional("note"),
                r.Optional("yes_is") is null || r.Choice("yes_is", YesIs));
        },
        v => [v.Id, v.Organisation.Value, v.Body, Invariant(v.Round), v.Motion, v.Subject.Value, v.Date.ToIsoString(), Invariant(v.Tally.Yes), Invariant(v.Tally.No),
            Invariant(v.Tally.Abstain), v.AbsentKnown ? Invariant(v.Tally.Absent) : null, v.Outcome.ToKebab(), v.Ballot.ToKebab(), v.Source.Value, v.Note,
            v.YesFavoursSubject ? "for" : "against"]);

    public static readonly FactFormat<Arrangement> Arrangement = new(FactKinds.Arrangement,
        ["id", "name", "kind", "links", "basis", "scope", "since", "until", "source", "note"], 9,
        r =>
        {
            var since = r.Date("since");
            var scope = r.Text("scope");
            return new Arrangement(r.Text("id"), r.Text("name"), r.Text("kind"),
                [.. r.Text("links").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Link.Parse)],
                r.Text("basis"), scope == "all" ? new HashSet<string>() : scope.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
                Period(r, since), since, r.Source(), r.Optional("note"));
        },
        a => [a.Id, a.Name, a.Kind, string.Join(';', a.Links), a.Basis, a.Scope.Count == 0 ? "all" : string.Join(';', a.Scope.Order(StringComparer.Ordinal)),
            a.Since?.ToString(), a.Period.End?.ToIsoString(), a.Source.Value, a.Note]);

    /// <summary>Every format, in the order of <see cref="FactKinds.All"/>.</summary>
    public static readonly IReadOnlyList<FactFormat> All = [Recognition, Claim, Position, Membership, Relation, Vote, Arrangement];

    /// <summary>The format of a kind of fact.</summary>
    public static FactFormat Of(FactKind kind) => All.First(f => f.Kind == kind);

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The half-open period from <paramref name="since"/> (none: before records) to the row's <c>until</c>, which must come after it.</summary>
    private static DateRange Period(FieldRow r, PartialDate? since)
    {
        var start = since?.Date ?? DateOnly.MinValue;
        var until = r.OptionalDate("until");
        if (until is { } end && end.Date <= start)
        {
            r.Fail("until", "dates-out-of-order", $"{r.Name("until")} {end} is not after {r.Name("since")} {since}");
            until = null;
        }

        return new DateRange(start, until?.Date);
    }
}
