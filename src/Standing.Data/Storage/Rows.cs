namespace Standing.Data.Storage;

// Mutable row types exist only for EF Core; Standing.Domain's immutable records are built from them on load.
// Partial dates are stored as text (yyyy, yyyy-mm or yyyy-mm-dd) so their precision survives.
internal sealed class EntityRow
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Aliases { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Source { get; set; } = "";
}

internal sealed class SubjectRow
{
    public string Code { get; set; } = "";
    public DateOnly Declared { get; set; }
    public string ContestedBy { get; set; } = "";
    public string Source { get; set; } = "";
}

internal sealed class SourceRow
{
    public string Url { get; set; } = "";
    public string Title { get; set; } = "";
    public string Publisher { get; set; } = "";
    public DateOnly Accessed { get; set; }
}

internal sealed class RecognitionRow
{
    public int Id { get; set; }
    public string Subject { get; set; } = "";
    public string State { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Date { get; set; } = "";
    public string Source { get; set; } = "";
    public string? Note { get; set; }
    public string? ReportedOn { get; set; }
    public string? ReportSource { get; set; }
    public string? ReportNote { get; set; }
}

internal sealed class ClaimRow
{
    public string Id { get; set; } = "";
    public string Subject { get; set; } = "";
    public string State { get; set; } = "";
    public string Event { get; set; } = "";
    public string EventDate { get; set; } = "";
    public string Party { get; set; } = "";
    public string? SaidOn { get; set; }
    public string Stance { get; set; } = "";
    public string Status { get; set; } = "";
    public string Statement { get; set; } = "";
    public string Source { get; set; } = "";
    public string? Note { get; set; }
}

internal sealed class PositionRow
{
    public int Id { get; set; }
    public string Subject { get; set; } = "";
    public string State { get; set; } = "";
    public string Text { get; set; } = "";
    public string? StatedOn { get; set; }
    public string Source { get; set; } = "";
    public string? Note { get; set; }
}

internal sealed class OrganisationRow
{
    public string Id { get; set; } = "";
    public int Ordinal { get; set; }
    public string Name { get; set; } = "";
    public string? Parent { get; set; }
    public string Source { get; set; } = "";
    public List<BodyRow> Bodies { get; set; } = [];
}

internal sealed class BodyRow
{
    public string OrganisationId { get; set; } = "";
    public string Id { get; set; } = "";
    public int Ordinal { get; set; }
    public string Name { get; set; } = "";
    public string Roster { get; set; } = "";
}

internal sealed class MembershipRow
{
    public int Id { get; set; }
    public string Organisation { get; set; } = "";
    public string State { get; set; } = "";
    public string Status { get; set; } = "";
    public string? Since { get; set; }
    public DateOnly? Until { get; set; }
    public string Source { get; set; } = "";
    public string? Note { get; set; }
}

internal sealed class EventRow
{
    public string Id { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Date { get; set; } = "";
    public string? Until { get; set; }
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public string Detail { get; set; } = "";
    public string Source { get; set; } = "";
}

internal sealed class ObservationRow
{
    public int Id { get; set; }
    public string Series { get; set; } = "";
    public string Date { get; set; } = "";
    public decimal Value { get; set; }
    public string Unit { get; set; } = "";
    public string Detail { get; set; } = "";
    public string Source { get; set; } = "";
}

internal sealed class MetaRow
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}

internal sealed class ProcedureRow
{
    public string Organisation { get; set; } = "";
    public string Document { get; set; } = "";
}

internal sealed class WeightRow
{
    public int Id { get; set; }
    public string Table { get; set; } = "";
    public string Member { get; set; } = "";
    public long Weight { get; set; }
    public string Source { get; set; } = "";
}

internal sealed class VoteRow
{
    public string Id { get; set; } = "";
    public string Organisation { get; set; } = "";
    public string Body { get; set; } = "";
    public int Round { get; set; }
    public string Motion { get; set; } = "";
    public string Subject { get; set; } = "";
    public DateOnly Date { get; set; }
    public int Yes { get; set; }
    public int No { get; set; }
    public int Abstain { get; set; }
    public int? Absent { get; set; }
    public string Outcome { get; set; } = "";
    public string Ballot { get; set; } = "";
    public bool YesFavoursSubject { get; set; } = true;
    public string Source { get; set; } = "";
    public string? Note { get; set; }
    public List<MemberVoteRow> Members { get; set; } = [];
    public List<DelegationVoteRow> Delegations { get; set; } = [];
}

internal sealed class MemberVoteRow
{
    public string VoteId { get; set; } = "";
    public int Ordinal { get; set; }
    public string Member { get; set; } = "";
    public string Vote { get; set; } = "";
    public string Source { get; set; } = "";
    public string? Note { get; set; }
}

internal sealed class DelegationVoteRow
{
    public string VoteId { get; set; } = "";
    public int Ordinal { get; set; }
    public string Member { get; set; } = "";
    public int? Yes { get; set; }
    public int? No { get; set; }
    public int? Abstain { get; set; }
    public string Source { get; set; } = "";
    public string? Note { get; set; }
}

internal sealed class AgencyRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Country { get; set; }
    public string? Parent { get; set; }
    public string Source { get; set; } = "";
}

internal sealed class ArrangementRow
{
    public string Id { get; set; } = "";
    public int Ordinal { get; set; }
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Links { get; set; } = "";
    public string Basis { get; set; } = "";
    public string Scope { get; set; } = "";
    public string Since { get; set; } = "";
    public DateOnly? Until { get; set; }
    public string Source { get; set; } = "";
    public string? Note { get; set; }
}

internal sealed class RequestCountRow
{
    public int Id { get; set; }
    public int Year { get; set; }
    public string Channel { get; set; } = "";
    public int Requests { get; set; }
    public DateOnly? Until { get; set; }
    public string Source { get; set; } = "";
    public string? Note { get; set; }
}

internal sealed class CooperationEventRow
{
    public int Id { get; set; }
    public string Date { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public string Detail { get; set; } = "";
    public string Channels { get; set; } = "";
    public string Source { get; set; } = "";
}

internal sealed class DocumentRow
{
    public string Name { get; set; } = "";
    public string Json { get; set; } = "";
}

internal sealed class RelationRow
{
    public int Id { get; set; }
    public string Subject { get; set; } = "";
    public string State { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Value { get; set; } = "";
    public string Since { get; set; } = "";
    public DateOnly? Until { get; set; }
    public string? Detail { get; set; }
    public string Source { get; set; } = "";
    public string? Note { get; set; }
}

internal sealed class RelationClaimRow
{
    public string Id { get; set; } = "";
    public string Subject { get; set; } = "";
    public string State { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Value { get; set; } = "";
    public string Change { get; set; } = "";
    public string EventDate { get; set; } = "";
    public string Party { get; set; } = "";
    public string? SaidOn { get; set; }
    public string Stance { get; set; } = "";
    public string Status { get; set; } = "";
    public string Statement { get; set; } = "";
    public string Source { get; set; } = "";
}

internal sealed class OrganisationPositionRow
{
    public int Id { get; set; }
    public string Subject { get; set; } = "";
    public string Organisation { get; set; } = "";
    public string Text { get; set; } = "";
    public string? StatedOn { get; set; }
    public string Source { get; set; } = "";
    public string? Note { get; set; }
}
