using System.Collections.Concurrent;
using Standing.Domain.Admission;
using Standing.Domain.Chronicle;
using Standing.Domain.Cooperation;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Relations;
using Standing.Domain.Sources;
using Standing.Domain.Validation;

namespace Standing.Domain;

/// <summary>Everything Standing knows, queried "as of" any date.</summary>
/// <remarks>
/// A registry is immutable. Build it with <see cref="Create"/> from data that
/// <see cref="Validation.RegistryValidator"/> has found sound. Every recognition count takes a <see cref="Perspective"/>.
/// Each index is built when first asked for, so that a command pays only for what it reads (a command-line start
/// builds a registry to answer one question).
/// </remarks>
public sealed partial class Registry
{
    /// <summary>The UN, whose membership decides whether a recogniser counts as a UN member.</summary>
    public static readonly OrganisationId UnitedNations = new("UN");

    private readonly Lazy<Dictionary<EntityCode, Entity>> _entities;
    private readonly Lazy<Dictionary<EntityCode, Subject>> _subjects;
    private readonly Lazy<Dictionary<OrganisationId, Organisation>> _organisations;
    private readonly Lazy<Dictionary<OrganisationId, Membership[]>> _rosters;
    private readonly Lazy<Dictionary<string, Source>> _sources;
    private readonly Lazy<Dictionary<OrganisationId, AdmissionProcedure>> _procedures;
    private readonly Lazy<Dictionary<string, IReadOnlyDictionary<EntityCode, long>>> _weights;
    private readonly Lazy<Dictionary<string, RollCallEntry[]>> _rollCalls;
    private readonly Lazy<Dictionary<string, DelegationVote[]>> _delegationVotes;
    private readonly ConcurrentDictionary<(EntityCode, Perspective), RecognitionLedger> _ledgers = new();

    private readonly Lazy<IReadOnlyList<RecognitionEvent>> _recognitionEvents;
    private readonly Lazy<IReadOnlyList<Claim>> _claims;
    private readonly Lazy<IReadOnlyList<Position>> _positions;
    private readonly Lazy<IReadOnlyList<SubjectEvent>> _events;
    private readonly Lazy<IReadOnlyList<Observation>> _observations;
    private readonly Lazy<IReadOnlyList<RecordedVote>> _votes;
    private readonly Lazy<IReadOnlyList<Agency>> _agencies;
    private readonly Lazy<IReadOnlyList<Arrangement>> _arrangements;
    private readonly Lazy<IReadOnlyList<RequestCount>> _requestCounts;
    private readonly Lazy<IReadOnlyList<CooperationEvent>> _cooperationEvents;
    private readonly Lazy<IReadOnlyList<Relation>> _relations;
    private readonly Lazy<IReadOnlyList<RelationClaim>> _relationClaims;
    private readonly Lazy<IReadOnlyList<OrganisationPosition>> _organisationPositions;

    private readonly RegistryInput _input;

    private Registry(RegistryInput input)
    {
        _input = input;
        _entities = new(() => input.Entities.ToDictionary(e => e.Value.Code, e => e.Value));
        _subjects = new(() => input.Subjects.ToDictionary(s => s.Value.Code, s => s.Value));
        _organisations = new(() => input.Organisations.ToDictionary(o => o.Value.Id, o => o.Value));
        _rosters = new(() => input.Memberships.GroupBy(m => m.Value.Organisation).ToDictionary(g => g.Key, g => g.Select(m => m.Value).ToArray()));
        _sources = new(() => input.Sources.ToDictionary(s => s.Value.Url, s => s.Value, StringComparer.Ordinal));
        _recognitionEvents = Values(input.Recognitions);
        _claims = Values(input.Claims);
        _positions = Values(input.Positions);
        _events = new(() => [.. input.Events.Select(e => e.Value).OrderBy(e => e.Date)]);
        _observations = new(() => [.. input.Observations.Select(o => o.Value).OrderBy(o => o.Date)]);
        _procedures = new(() => input.Procedures.ToDictionary(p => p.Value.Organisation, p => p.Value));
        _weights = new(() => input.Weights.GroupBy(w => w.Value.Table, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<EntityCode, long>)g.ToDictionary(w => w.Value.Member, w => w.Value.Weight), StringComparer.Ordinal));
        _votes = new(() => [.. input.Votes.Select(v => v.Value).OrderBy(v => v.Date).ThenBy(v => v.Round)]);
        _rollCalls = new(() => input.RollCalls.GroupBy(e => e.Value.Vote, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToArray(), StringComparer.Ordinal));
        _delegationVotes = new(() => input.DelegationVotes.GroupBy(d => d.Value.Vote, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(d => d.Value).ToArray(), StringComparer.Ordinal));
        _agencies = Values(input.Agencies);
        _arrangements = Values(input.Arrangements);
        _requestCounts = Values(input.RequestCounts);
        _cooperationEvents = new(() => [.. input.CooperationEvents.Select(e => e.Value).OrderBy(e => e.Date)]);
        Priors = input.Priors?.Value;
        _relations = new(() => [.. input.Relations.Select(r => r.Value).OrderBy(r => r.State.Value, StringComparer.Ordinal).ThenBy(r => r.Period.Start)]);
        _relationClaims = Values(input.RelationClaims);
        _organisationPositions = Values(input.OrganisationPositions);
    }

    /// <summary>Every entity, by code.</summary>
    public IReadOnlyCollection<Entity> Entities => _entities.Value.Values;

    /// <summary>The values of <paramref name="items"/>, in their order, listed when first asked for.</summary>
    private static Lazy<IReadOnlyList<T>> Values<T>(IReadOnlyList<Located<T>> items) => new(() => [.. items.Select(x => x.Value)]);

    /// <summary>The subjects whose recognition is tracked.</summary>
    public IReadOnlyCollection<Subject> Subjects => _subjects.Value.Values;

    /// <summary>Every organisation, in data order.</summary>
    public IReadOnlyCollection<Organisation> Organisations => _organisations.Value.Values;

    /// <summary>Every recorded (effective) recognition event.</summary>
    public IReadOnlyList<RecognitionEvent> RecognitionEvents => _recognitionEvents.Value;

    /// <summary>Every statement about a recognition event.</summary>
    public IReadOnlyList<Claim> Claims => _claims.Value;

    /// <summary>Every stated position.</summary>
    public IReadOnlyList<Position> Positions => _positions.Value;

    /// <summary>Agreements, opinions, moratoria and other events, by date.</summary>
    public IReadOnlyList<SubjectEvent> Events => _events.Value;

    /// <summary>Quoted time-series values, by date.</summary>
    public IReadOnlyList<Observation> Observations => _observations.Value;

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
        if (EntityCode.TryParse(text, out var code) && _entities.Value.TryGetValue(code, out var byCode))
        {
            return byCode;
        }

        return _entities.Value.Values.FirstOrDefault(e => e.IsKnownAs(text.Trim()));
    }

    /// <summary>The entity with this code, or null.</summary>
    public Entity? Entity(EntityCode code) => _entities.Value.GetValueOrDefault(code);

    /// <summary>The tracked subject with this code, or null.</summary>
    public Subject? Subject(EntityCode code) => _subjects.Value.GetValueOrDefault(code);

    /// <summary>The organisation with this id, or null.</summary>
    public Organisation? Organisation(OrganisationId id) => _organisations.Value.GetValueOrDefault(id);

    /// <summary>The description of a cited page, or null when it is <c>unverified</c> or unknown.</summary>
    public Source? Source(SourceRef source) => _sources.Value.GetValueOrDefault(source.Value);

    /// <summary>The recognition history of <paramref name="subject"/> as <paramref name="perspective"/> tells it.</summary>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is not a tracked subject.</exception>
    public RecognitionLedger Ledger(EntityCode subject, Perspective perspective)
    {
        var s = Subject(subject) ?? throw new ArgumentException($"'{subject}' is not a tracked subject.", nameof(subject));
        return _ledgers.GetOrAdd((subject, perspective), _ => RecognitionLedger.Build(s, RecognitionEvents, Claims, perspective));
    }

    /// <summary>Every membership period of one organisation.</summary>
    public IReadOnlyList<Membership> Roster(OrganisationId organisation) =>
        _rosters.Value.TryGetValue(organisation, out var roster) ? roster : [];

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
        _rosters.Value.Values.SelectMany(r => r).Where(m => m.State == state);
}
