using System.Text.Json.Serialization;

namespace Standing.Data.Storage;

/// <summary>
/// Every stored row of a data set, in file order. The tables hold them for SQL readers; Standing itself reads them
/// back as one JSON document, which takes one query instead of twenty (see docs/decisions/ADR-007-one-document-load.md).
/// </summary>
internal sealed record StoredRows(
    List<EntityRow> Entities,
    List<SubjectRow> Subjects,
    List<SourceRow> Sources,
    List<RecognitionRow> Recognitions,
    List<ClaimRow> Claims,
    List<PositionRow> Positions,
    List<OrganisationRow> Organisations,
    List<MembershipRow> Memberships,
    List<EventRow> Events,
    List<ObservationRow> Observations,
    List<ProcedureRow> Procedures,
    List<WeightRow> Weights,
    List<VoteRow> Votes,
    List<AgencyRow> Agencies,
    List<ArrangementRow> Arrangements,
    List<RequestCountRow> RequestCounts,
    List<CooperationEventRow> CooperationEvents,
    List<DocumentRow> Documents,
    List<RelationRow> Relations,
    List<RelationClaimRow> RelationClaims,
    List<OrganisationPositionRow> OrganisationPositions)
{
    /// <summary>The name of the document row that holds them all.</summary>
    public const string DocumentName = "rows";

    /// <summary>Every top-level row, for adding to the context (bodies and member votes come with their parents).</summary>
    public IEnumerable<object> All() =>
        new IEnumerable<object>[]
        {
            Entities, Subjects, Sources, Recognitions, Claims, Positions, Organisations, Memberships, Events, Observations, Procedures, Weights,
            Votes, Agencies, Arrangements, RequestCounts, CooperationEvents, Documents, Relations, RelationClaims, OrganisationPositions,
        }.SelectMany(rows => rows);
}

/// <summary>Source-generated JSON for <see cref="StoredRows"/>: no reflection at start-up.</summary>
[JsonSerializable(typeof(StoredRows))]
[JsonSerializable(typeof(RecognitionRow))]
[JsonSerializable(typeof(ClaimRow))]
[JsonSerializable(typeof(PositionRow))]
[JsonSerializable(typeof(MembershipRow))]
[JsonSerializable(typeof(RelationRow))]
[JsonSerializable(typeof(VoteRow))]
[JsonSerializable(typeof(ArrangementRow))]
[JsonSerializable(typeof(List<EditRow>))]
internal sealed partial class StoredRowsJson : JsonSerializerContext;
