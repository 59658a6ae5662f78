using Standing.Domain.Admission;
using Standing.Domain.Chronicle;
using Standing.Domain.Cooperation;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Relations;
using Standing.Domain.Sources;
using Standing.Domain.Time;
using Standing.Domain.Validation;

namespace Standing.Domain.Tests;

/// <summary>Builds small registries for tests: a subject XKX contested by SRB, a few states, one UN roster.</summary>
internal sealed class RegistryBuilder
{
    public const string Url = "https://example.org/source";
    private static readonly SourceRef Src = new(Url);
    private readonly List<Located<Entity>> _entities = [];
    private readonly List<Located<RecognitionEvent>> _events = [];
    private readonly List<Located<Claim>> _claims = [];
    private readonly List<Located<Membership>> _memberships = [];
    private readonly List<Located<Organisation>> _organisations = [];
    private readonly List<Located<AdmissionProcedure>> _procedures = [];
    private readonly List<Located<RecordedVote>> _votes = [];
    private readonly List<Located<RollCallEntry>> _rollCalls = [];
    private readonly List<Located<DelegationVote>> _delegations = [];
    private readonly List<Located<SubjectEvent>> _chronicle = [];
    private readonly List<Located<Agency>> _agencies = [];
    private readonly List<Located<Arrangement>> _arrangements = [];
    private readonly List<Located<RequestCount>> _requests = [];
    private readonly List<Located<Relation>> _relations = [];
    private readonly List<Located<RelationClaim>> _relationClaims = [];
    private Located<Standing.Domain.Voting.ForecastPriors>? _priors;
    private int _line = 1;

    public RegistryBuilder()
    {
        foreach (var code in new[] { "XKX", "SRB", "AAA", "BBB", "CCC", "DDD", "TWN" })
        {
            _entities.Add(At(new Entity(new(code), $"State {code}", [], code is "XKX" or "TWN" ? EntityKind.StateLimited : EntityKind.State, Src)));
        }

        _organisations.Add(At(new Organisation(new("UN"), "United Nations", null, [], Src)));
        _organisations.Add(At(new Organisation(new("CLUB"), "A club", null, [new Body("assembly", "Assembly", new("CLUB"))], Src)));
        foreach (var code in new[] { "SRB", "AAA", "BBB", "CCC" })
        {
            Member("UN", code, "1945-10-24", null);
        }
    }

    public RegistryBuilder Event(string state, RecognitionEventKind kind, string date, string subject = "XKX")
    {
        _events.Add(At(new RecognitionEvent(new(subject), new(state), kind, Date(date), Src)));
        return this;
    }

    public RegistryBuilder Recognised(string state, string date) => Event(state, RecognitionEventKind.Recognised, date);

    /// <summary>An event first made public on <paramref name="reported"/>, another day than it took effect.</summary>
    public RegistryBuilder Reported(string state, RecognitionEventKind kind, string date, string reported)
    {
        _events.Add(At(new RecognitionEvent(EntityCode.Kosovo, new(state), kind, Date(date), Src, FirstReport: new FirstReport(Date(reported), Src))));
        return this;
    }

    public RegistryBuilder Withdrawn(string state, string date) => Event(state, RecognitionEventKind.Withdrawn, date);

    /// <summary>A statement by <paramref name="party"/> about any kind of event, said on <paramref name="saidOn"/>.</summary>
    public RegistryBuilder Said(string party, ClaimStance stance, string state, RecognitionEventKind kind, string eventDate, string saidOn)
    {
        _claims.Add(At(new Claim($"{state}-{kind}-{party}-{saidOn}", EntityCode.Kosovo, new(state), kind, Date(eventDate), new(party), Date(saidOn), stance, ClaimStatus.Disputed, "says so", Src)));
        return this;
    }

    public RegistryBuilder Claim(string id, string state, string eventDate, string party, ClaimStance stance, ClaimStatus status = ClaimStatus.Disputed)
    {
        _claims.Add(At(new Claim(id, EntityCode.Kosovo, new(state), RecognitionEventKind.Withdrawn, Date(eventDate), new(party), null, stance, status, "says so", Src)));
        return this;
    }

    public RegistryBuilder Member(string org, string state, string? since, string? until, MembershipStatus status = MembershipStatus.Member)
    {
        var start = since is null ? (PartialDate?)null : Date(since);
        _memberships.Add(At(new Membership(new(org), new(state), status,
            new DateRange(start?.Date ?? DateOnly.MinValue, until is null ? null : Date(until).Date), start, Src)));
        return this;
    }

    public RegistryBuilder Procedure(AdmissionProcedure procedure)
    {
        _procedures.Add(At(procedure));
        return this;
    }

    public RegistryBuilder Vote(RecordedVote vote)
    {
        _votes.Add(At(vote));
        return this;
    }

    /// <summary>Members' votes in <paramref name="vote"/>'s roll call, e.g. <c>("AAA", Yes), ("BBB", No)</c>.</summary>
    public RegistryBuilder RollCall(string vote, params (string Member, RollCallVote Cast)[] entries)
    {
        _rollCalls.AddRange(entries.Select(e => At(new RollCallEntry(vote, new(e.Member), e.Cast, Src))));
        return this;
    }

    public RegistryBuilder Delegation(string vote, string member, int? yes, int? no, int? abstain)
    {
        _delegations.Add(At(new DelegationVote(vote, new(member), yes, no, abstain, Src)));
        return this;
    }

    public RegistryBuilder Priors(Standing.Domain.Voting.ForecastPriors priors)
    {
        _priors = At(priors);
        return this;
    }

    public RegistryBuilder Event(SubjectEvent e)
    {
        _chronicle.Add(At(e));
        return this;
    }

    public RegistryBuilder Organisation(string id)
    {
        _organisations.Add(At(new Organisation(new(id), id, null, [], Src)));
        return this;
    }

    public RegistryBuilder Agency(string id, string? country = null)
    {
        _agencies.Add(At(new Agency(new AgencyId(id), id, "agency", country is null ? null : new EntityCode(country), null, Src)));
        return this;
    }

    public RegistryBuilder Arrangement(string id, string links, string since, string? until = null, string scope = "all")
    {
        var start = Date(since);
        _arrangements.Add(At(new Arrangement(id, $"Arrangement {id}", "protocol", [.. links.Split(';').Select(Link.Parse)], "basis",
            scope == "all" ? new HashSet<string>() : scope.Split(';').ToHashSet(), new DateRange(start.Date, until is null ? null : Date(until).Date), start, Src)));
        return this;
    }

    public RegistryBuilder Requests(int year, string channel, int requests, string? until = null)
    {
        _requests.Add(At(new RequestCount(year, channel, requests, until is null ? null : Date(until).Date, Src)));
        return this;
    }

    public RegistryBuilder Relation(string state, RelationKind kind, string value, string since, string? until = null, string? note = null)
    {
        var start = Date(since);
        _relations.Add(At(new Relation(EntityCode.Kosovo, new(state), kind, value, new DateRange(start.Date, until is null ? null : Date(until).Date), start, null, Src, note)));
        return this;
    }

    public RegistryBuilder RelationClaim(string id, string state, RelationKind kind, string value, RelationChange change, string eventDate, string party, ClaimStance stance)
    {
        _relationClaims.Add(At(new RelationClaim(id, EntityCode.Kosovo, new(state), kind, value, change, Date(eventDate), new(party), null, stance,
            ClaimStatus.Disputed, "says so", Src)));
        return this;
    }

    public RegistryInput Input() => new()
    {
        Relations = _relations,
        RelationClaims = _relationClaims,
        Agencies = _agencies,
        Arrangements = _arrangements,
        RequestCounts = _requests,
        Procedures = _procedures,
        Votes = _votes,
        RollCalls = _rollCalls,
        DelegationVotes = _delegations,
        Priors = _priors,
        Events = _chronicle,
        Entities = _entities,
        Subjects = [new(new Subject(EntityCode.Kosovo, new(2008, 2, 17), new("SRB"), Src), "subjects.csv:2")],
        Sources = [new(new Source(Url, "Example", "Example", new(2026, 11, 22)), "sources/x.csv:2")],
        Recognitions = _events,
        Claims = _claims,
        Organisations = _organisations,
        Memberships = _memberships,
    };

    public Registry Build()
    {
        var report = RegistryValidator.Validate(Input());
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        return Registry.Create(Input());
    }

    public static DateOnly Day(string iso) => Date(iso).Date;

    public static PartialDate Date(string text) =>
        PartialDate.TryParse(text, out var d) ? d : throw new ArgumentException($"bad test date {text}");

    private Located<T> At<T>(T value) => new(value, $"test.csv:{++_line}");
}
