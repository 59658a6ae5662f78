using System.Collections.Concurrent;
using Standing.Domain.Admission;
using Standing.Domain.Chronicle;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Sources;

namespace Standing.Domain;

/// <summary>Everything Standing knows, queried "as of" any date.</summary>
/// <remarks>
/// A registry is immutable. Build it with <see cref="Create"/> from data that
/// <see cref="Validation.RegistryValidator"/> has found sound. Every recognition count takes a <see cref="Perspective"/>.
/// </remarks>
public sealed partial class Registry
{
    /// <summary>The UN, whose membership decides whether a recogniser counts as a UN member.</summary>
    public static readonly OrganisationId UnitedNations = new("UN");

    private readonly Dictionary<EntityCode, Entity> _entities;
    private readonly Dictionary<EntityCode, Subject> _subjects;
    private readonly Dictionary<OrganisationId, Organisation> _organisations;
    private readonly Dictionary<OrganisationId, Membership[]> _rosters;
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<OrganisationId, AdmissionProcedure> _procedures;
    private readonly Dictionary<string, IReadOnlyDictionary<EntityCode, long>> _weights;
    private readonly Dictionary<string, RollCallEntry[]> _rollCalls;
    private readonly Dictionary<string, DelegationVote[]> _delegationVotes;
    private readonly ConcurrentDictionary<(EntityCode, Perspective), RecognitionLedger> _ledgers = new();

    private readonly RegistryInput _input;

    private Registry(RegistryInput input)
    {
        _input = input;
        _entities = input.Entities.ToDictionary(e => e.Value.Code, e => e.Value);
        _subjects = input.Subjects.ToDictionary(s => s.Value.Code, s => s.Value);
        _organisations = input.Organisations.ToDictionary(o => o.Value.Id, o => o.Value);
        _rosters = input.Memberships.GroupBy(m => m.Value.Organisation).ToDictionary(g => g.Key, g => g.Select(m => m.Value).ToArray());
        _sources = input.Sources.ToDictionary(s => s.Value.Url, s => s.Value, StringComparer.Ordinal);
        RecognitionEvents = [.. input.Recognitions.Select(r => r.Value)];
        Claims = [.. input.Claims.Select(c => c.Value)];
        Positions = [.. input.Positions.Select(p => p.Value)];
        Events = [.. input.Events.Select(e => e.Value).OrderBy(e => e.Date)];
        Observations = [.. input.Observations.Select(o => o.Value).OrderBy(o => o.Date)];
        _procedures = input.Procedures.ToDictionary(p => p.Value.Organisation, p => p.Value);
        _weights = input.Weights.GroupBy(w => w.Value.Table, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<EntityCode, long>)g.ToDictionary(w => w.Value.Member, w => w.Value.Weight), StringComparer.Ordinal);
        Votes = [.. input.Votes.Select(v => v.Value).OrderBy(v => v.Date).ThenBy(v => v.Round)];
        _rollCalls = input.RollCalls.GroupBy(e => e.Value.Vote, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToArray(), StringComparer.Ordinal);
        _delegationVotes = input.DelegationVotes.GroupBy(d => d.Value.Vote, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(d => d.Value).ToArray(), StringComparer.Ordinal);
        Agencies = [.. input.Agencies.Select(a => a.Value)];
        Arrangements = [.. input.Arrangements.Select(a => a.Value)];
        RequestCounts = [.. input.RequestCounts.Select(c => c.Value)];
        CooperationEvents = [.. input.CooperationEvents.Select(e => e.Value).OrderBy(e => e.Date)];
        Priors = input.Priors?.Value;
        Relations = [.. input.Relations.Select(r => r.Value).OrderBy(r => r.State.Value, StringComparer.Ordinal).ThenBy(r => r.Period.Start)];
        RelationClaims = [.. input.RelationClaims.Select(c => c.Value)];
        OrganisationPositions = [.. input.OrganisationPositions.Select(p => p.Value)];
    }

    /// <summary>Every entity, by code.</summary>
    public IReadOnlyCollection<Entity> Entities => _entities.Values;

    /// <summary>The subjects whose recognition is tracked.</summary>
    public IReadOnlyCollection<Subject> Subjects => _subjects.Values;

    /// <summary>Every organisation, in data order.</summary>
    public IReadOnlyCollection<Organisation> Organisations => _organisations.Values;

    /// <summary>Every recorded (effective) recognition event.</summary>
    public IReadOnlyList<RecognitionEvent> RecognitionEvents { get; }

    /// <summary>Every statement about a recognition event.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Every stated position.</summary>
    public IReadOnlyList<Position> Positions { get; }

    /// <summary>Agreements, opinions, moratoria and other events, by date.</summary>
    public IReadOnlyList<SubjectEvent> Events { get; }

    /// <summary>Quoted time-series values, by date.</summary>
    public IReadOnlyList<Observation> Observations { get; }

    /// <summary>Builds a registry from data already validated.</summary>
    public static Registry Create(RegistryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new Registry(input);
    }

    /// <summary>
    /// The registry as it could have been known at the end of <paramref name="day"/>: only recognition events reported
    /// by then (<see cref="RecognitionEvent.KnownFrom"/>) and claims said by then (undated claims: by their event's date).
    /// </summary>
    /// <remarks>A journalist checking an article of that day sees what its author could have seen.</remarks>
    public Registry KnownOn(DateOnly day) => new(_input with
    {
        Recognitions = [.. _input.Recognitions.Where(r => r.Value.KnownFrom <= day)],
        Claims = [.. _input.Claims.Where(c => (c.Value.SaidOn ?? c.Value.EventDate).Date <= day)],
    });

    /// <summary>The entity with this code, name or alias (ignoring case), or null.</summary>
    public Entity? FindEntity(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (EntityCode.TryParse(text, out var code) && _entities.TryGetValue(code, out var byCode))
        {
            return byCode;
        }

        return _entities.Values.FirstOrDefault(e => e.IsKnownAs(text.Trim()));
    }

    /// <summary>The entity with this code, or null.</summary>
    public Entity? Entity(EntityCode code) => _entities.GetValueOrDefault(code);

    /// <summary>The tracked subject with this code, or null.</summary>
    public Subject? Subject(EntityCode code) => _subjects.GetValueOrDefault(code);

    /// <summary>The organisation with this id, or null.</summary>
    public Organisation? Organisation(OrganisationId id) => _organisations.GetValueOrDefault(id);

    /// <summary>The description of a cited page, or null when it is <c>unverified</c> or unknown.</summary>
    public Source? Source(SourceRef source) => _sources.GetValueOrDefault(source.Value);

    /// <summary>The recognition history of <paramref name="subject"/> as <paramref name="perspective"/> tells it.</summary>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is not a tracked subject.</exception>
    public RecognitionLedger Ledger(EntityCode subject, Perspective perspective)
    {
        var s = Subject(subject) ?? throw new ArgumentException($"'{subject}' is not a tracked subject.", nameof(subject));
        return _ledgers.GetOrAdd((subject, perspective), _ => RecognitionLedger.Build(s, RecognitionEvents, Claims, perspective));
    }

    /// <summary>Every membership period of one organisation.</summary>
    public IReadOnlyList<Membership> Roster(OrganisationId organisation) =>
        _rosters.TryGetValue(organisation, out var roster) ? roster : [];

    /// <summary>The states that count as members of <paramref name="organisation"/> on <paramref name="day"/>.</summary>
    public IEnumerable<EntityCode> MembersOn(OrganisationId organisation, DateOnly day) =>
        Roster(organisation).Where(m => m.IsMemberOn(day)).Select(m => m.State).Distinct();

    /// <summary>The status of <paramref name="state"/> in <paramref name="organisation"/> on <paramref name="day"/>, or null for none.</summary>
    public Membership? StatusIn(OrganisationId organisation, EntityCode state, DateOnly day) =>
        Roster(organisation).FirstOrDefault(m => m.State == state && m.Period.Contains(day));

    /// <summary>Whether <paramref name="state"/> is a UN member on <paramref name="day"/>.</summary>
    public bool IsUnMember(EntityCode state, DateOnly day) =>
        Roster(UnitedNations).Any(m => m.State == state && m.IsMemberOn(day));

    /// <summary>Every membership period of one state, across organisations.</summary>
    public IEnumerable<Membership> MembershipsOf(EntityCode state) =>
        _rosters.Values.SelectMany(r => r).Where(m => m.State == state);
}
