using System.Globalization;
using Standing.Domain.Admission;
using Standing.Domain.Cooperation;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Relations;
using Standing.Domain.Sources;
using Standing.Domain.Validation;

namespace Standing.Domain.Editing;

/// <summary>
/// A kind of fact that changes can add, correct and retract: how a fact of the kind is named, where the data set keeps
/// its facts, and what it rests on. The facts themselves are the domain's own records, held as objects of the kind's type.
/// </summary>
public abstract class FactKind
{
    private protected FactKind(string name, bool shareIds) => (Name, SharesIds) = (name, shareIds);

    /// <summary>The kind's name: recognition, claim, position, membership, relation, vote or arrangement.</summary>
    public string Name { get; }

    /// <summary>
    /// Whether two different facts may share an id (two consulates in one country opened in one year): otherwise a
    /// fact with the id of one recorded is that fact again.
    /// </summary>
    public bool SharesIds { get; }

    /// <summary>
    /// The fact's id (see <see cref="FactKinds"/>); a fact keeps the id it was first recorded under. Two facts that share
    /// it (two consulates opened in one city's country in the same year) are told apart by <see cref="Identified"/>.
    /// </summary>
    public abstract string IdOf(object fact);

    /// <summary>The state the fact is about, if there is one: a recognising state, a member, a party to a relation.</summary>
    public abstract EntityCode? StateOf(object fact);

    /// <summary>The page the fact rests on.</summary>
    public abstract SourceRef SourceOf(object fact);

    /// <summary>Every value of the fact, as text that does not depend on the machine's culture: equal facts, equal text.</summary>
    public abstract string TextOf(object fact);

    /// <summary>Whether <paramref name="fact"/> is a fact of this kind.</summary>
    public abstract bool Holds(object fact);

    /// <summary>The data set's facts of this kind, in order.</summary>
    public abstract IEnumerable<object> Facts(RegistryInput input);

    /// <summary>The data set's facts of this kind with their ids: a repeated id gets <c>~2</c>, <c>~3</c>, ... in the data's order.</summary>
    public IEnumerable<(string Id, object Fact)> Identified(RegistryInput input)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fact in Facts(input))
        {
            var id = IdOf(fact);
            var n = seen[id] = seen.GetValueOrDefault(id) + 1;
            yield return (n == 1 ? id : $"{id}~{n}", fact);
        }
    }

    /// <summary>
    /// <paramref name="input"/> with each changed fact of this kind in its latest version (in the shipped fact's place,
    /// or after the shipped ones when new, in the order of the changes that added them) and retracted facts left out;
    /// <paramref name="ids"/> are the shipped facts' ids (<see cref="Identified"/>), in order.
    /// </summary>
    internal abstract RegistryInput Apply(RegistryInput input, IReadOnlyList<string> ids, IReadOnlyDictionary<string, (object? Value, long Edit)> latest);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>A record as it prints itself, every member; under the invariant culture a DateOnly prints the same on every machine.</summary>
    internal static string Printed(object record)
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            return record.ToString() ?? "";
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}

/// <summary>A kind of fact whose facts are <typeparamref name="T"/>s.</summary>
public sealed class FactKind<T> : FactKind where T : class
{
    private readonly Func<T, string> _id;
    private readonly Func<T, EntityCode?> _state;
    private readonly Func<T, SourceRef> _source;
    private readonly Func<T, string>? _text;
    private readonly Func<RegistryInput, IReadOnlyList<Located<T>>> _get;
    private readonly Func<RegistryInput, IReadOnlyList<Located<T>>, RegistryInput> _set;

    internal FactKind(string name, Func<T, string> id, Func<T, EntityCode?> state, Func<T, SourceRef> source,
        Func<RegistryInput, IReadOnlyList<Located<T>>> get, Func<RegistryInput, IReadOnlyList<Located<T>>, RegistryInput> set,
        Func<T, string>? text = null, bool shareIds = false)
        : base(name, shareIds) => (_id, _state, _source, _get, _set, _text) = (id, state, source, get, set, text);

    /// <inheritdoc />
    public override string IdOf(object fact) => _id(As(fact));

    /// <inheritdoc />
    public override EntityCode? StateOf(object fact) => _state(As(fact));

    /// <inheritdoc />
    public override SourceRef SourceOf(object fact) => _source(As(fact));

    /// <inheritdoc />
    public override string TextOf(object fact) => _text?.Invoke(As(fact)) ?? Printed(As(fact));

    /// <inheritdoc />
    public override bool Holds(object fact) => fact is T;

    /// <inheritdoc />
    public override IEnumerable<object> Facts(RegistryInput input) => _get(input).Select(f => f.Value);

    internal override RegistryInput Apply(RegistryInput input, IReadOnlyList<string> ids, IReadOnlyDictionary<string, (object? Value, long Edit)> latest)
    {
        if (latest.Count == 0)
        {
            return input;
        }

        var facts = new List<Located<T>>();
        var shipped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (f, id) in _get(input).Zip(ids))
        {
            shipped.Add(id);
            if (!latest.TryGetValue(id, out var edited))
            {
                facts.Add(f);
            }
            else if (edited.Value is T value)
            {
                facts.Add(new(value, $"edit {edited.Edit}"));
            }
        }

        facts.AddRange(latest.Where(l => !shipped.Contains(l.Key) && l.Value.Value is not null)
            .OrderBy(l => l.Value.Edit)
            .Select(l => new Located<T>((T)l.Value.Value!, $"edit {l.Value.Edit}")));
        return _set(input, facts);
    }

    private T As(object fact) => fact as T ?? throw new ArgumentException($"a {Name} fact must be a {typeof(T).Name}, not a {fact?.GetType().Name}", nameof(fact));
}

/// <summary>
/// The kinds of fact that can be changed, and their ids. A fact whose data row has an id keeps it (claims, votes,
/// arrangements); the others are named by what identifies them: subject, state, kind and date for a recognition event
/// (<c>XKX-KEN-recognised-2025-03-26</c>), subject, state and date for a position, organisation, state, status and start
/// for a membership (<c>UN-SRB-member-2000-11-01</c>), subject, state, kind, value and start for a relation
/// (<c>XKX-USA-diplomatic-established-2008-02-18</c>).
/// </summary>
public static class FactKinds
{
    // A record prints a collection by its type's name: an arrangement's text gives its links and scope itself.
    private static readonly Link[] NoLinks = [];
    private static readonly HashSet<string> NoScope = [];

    /// <summary>Recognitions, withdrawals and restorations.</summary>
    public static readonly FactKind<RecognitionEvent> Recognition = new("recognition",
        e => $"{e.Subject}-{e.State}-{e.Kind.ToKebab()}-{e.Date}", e => e.State, e => e.Source, i => i.Recognitions, (i, l) => i with { Recognitions = l });

    /// <summary>Parties' claims and denials of recognition events.</summary>
    public static readonly FactKind<Claim> Claim = new("claim",
        c => c.Id, c => c.State, c => c.Source, i => i.Claims, (i, l) => i with { Claims = l });

    /// <summary>States' stated positions.</summary>
    public static readonly FactKind<Position> Position = new("position",
        p => $"{p.Subject}-{p.State}-position-{p.StatedOn?.ToString() ?? "undated"}", p => p.State, p => p.Source, i => i.Positions, (i, l) => i with { Positions = l });

    /// <summary>Memberships, observer seats and applications.</summary>
    public static readonly FactKind<Membership> Membership = new("membership",
        m => $"{m.Organisation}-{m.State}-{m.Status.ToKebab()}-{m.Since?.ToString() ?? "before-records"}", m => m.State, m => m.Source,
        i => i.Memberships, (i, l) => i with { Memberships = l });

    /// <summary>Diplomatic relations, missions, travel documents and visas.</summary>
    public static readonly FactKind<Relation> Relation = new("relation",
        r => $"{r.Subject}-{r.State}-{r.Kind.ToKebab()}-{r.Value}-{r.Since}", r => r.State, r => r.Source, i => i.Relations, (i, l) => i with { Relations = l },
        shareIds: true);

    /// <summary>Recorded votes (their tallies; roll calls are not changed this way).</summary>
    public static readonly FactKind<RecordedVote> Vote = new("vote",
        v => v.Id, _ => null, v => v.Source, i => i.Votes, (i, l) => i with { Votes = l });

    /// <summary>Police-cooperation arrangements.</summary>
    public static readonly FactKind<Arrangement> Arrangement = new("arrangement",
        a => a.Id, _ => null, a => a.Source, i => i.Arrangements, (i, l) => i with { Arrangements = l },
        a => FactKind.Printed(a with { Links = NoLinks, Scope = NoScope }) + $" links {string.Join(';', a.Links)} scope {string.Join(';', a.Scope.Order(StringComparer.Ordinal))}");


    /// <summary>Every kind, in the order the record lists them.</summary>
    public static readonly IReadOnlyList<FactKind> All = [Recognition, Claim, Position, Membership, Relation, Vote, Arrangement];

    /// <summary>The kind with this name (recognition, claim, ...); null if there is none.</summary>
    public static FactKind? Named(string? name) => All.FirstOrDefault(k => string.Equals(k.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
