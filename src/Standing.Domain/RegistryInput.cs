using Standing.Domain.Admission;
using Standing.Domain.Chronicle;
using Standing.Domain.Cooperation;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Relations;
using Standing.Domain.Sources;
using Standing.Domain.Validation;
using Standing.Domain.Voting;

namespace Standing.Domain;

/// <summary>Everything the registry is built from, each item with the place it was read from.</summary>
public sealed record RegistryInput
{
    /// <summary>States and other entities.</summary>
    public IReadOnlyList<Located<Entity>> Entities { get; init; } = [];

    /// <summary>The entities whose recognition is tracked.</summary>
    public IReadOnlyList<Located<Subject>> Subjects { get; init; } = [];

    /// <summary>The published pages that facts cite.</summary>
    public IReadOnlyList<Located<Source>> Sources { get; init; } = [];

    /// <summary>Effective recognitions, withdrawals and restorations.</summary>
    public IReadOnlyList<Located<RecognitionEvent>> Recognitions { get; init; } = [];

    /// <summary>Statements by named parties about recognition events.</summary>
    public IReadOnlyList<Located<Claim>> Claims { get; init; } = [];

    /// <summary>Stated positions of non-recognisers and other parties.</summary>
    public IReadOnlyList<Located<Position>> Positions { get; init; } = [];

    /// <summary>Organisations and their bodies.</summary>
    public IReadOnlyList<Located<Organisation>> Organisations { get; init; } = [];

    /// <summary>Dated memberships, observer seats, applications.</summary>
    public IReadOnlyList<Located<Membership>> Memberships { get; init; } = [];

    /// <summary>Agreements, opinions, moratoria and other dated events.</summary>
    public IReadOnlyList<Located<SubjectEvent>> Events { get; init; } = [];

    /// <summary>Time series values that sources quote.</summary>
    public IReadOnlyList<Located<Observation>> Observations { get; init; } = [];

    /// <summary>Admission procedures, one per organisation.</summary>
    public IReadOnlyList<Located<AdmissionProcedure>> Procedures { get; init; } = [];

    /// <summary>Vote weights of weighted bodies.</summary>
    public IReadOnlyList<Located<VoteWeight>> Weights { get; init; } = [];

    /// <summary>Recorded votes on admissions and statuses.</summary>
    public IReadOnlyList<Located<RecordedVote>> Votes { get; init; } = [];

    /// <summary>Members' votes in the recorded votes whose roll call is published, wholly or in part.</summary>
    public IReadOnlyList<Located<RollCallEntry>> RollCalls { get; init; } = [];

    /// <summary>National delegations' votes in bodies whose members vote as individuals.</summary>
    public IReadOnlyList<Located<DelegationVote>> DelegationVotes { get; init; } = [];

    /// <summary>Named police-cooperation agencies.</summary>
    public IReadOnlyList<Located<Agency>> Agencies { get; init; } = [];

    /// <summary>Police-cooperation arrangements.</summary>
    public IReadOnlyList<Located<Arrangement>> Arrangements { get; init; } = [];

    /// <summary>Request statistics per channel and year.</summary>
    public IReadOnlyList<Located<RequestCount>> RequestCounts { get; init; } = [];

    /// <summary>Operations and trainings.</summary>
    public IReadOnlyList<Located<CooperationEvent>> CooperationEvents { get; init; } = [];

    /// <summary>The forecast model's priors, if the data set has them.</summary>
    public Located<ForecastPriors>? Priors { get; init; }

    /// <summary>Diplomatic relations, missions, travel documents and visas.</summary>
    public IReadOnlyList<Located<Relation>> Relations { get; init; } = [];

    /// <summary>Statements by named parties that a relation began or ended.</summary>
    public IReadOnlyList<Located<RelationClaim>> RelationClaims { get; init; } = [];

    /// <summary>Positions of organisations on the subject.</summary>
    public IReadOnlyList<Located<OrganisationPosition>> OrganisationPositions { get; init; } = [];
}
