using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Sources;

namespace Standing.Domain.Admission;

/// <summary>What history records a vote decided.</summary>
public enum VoteOutcome
{
    /// <summary>The motion passed.</summary>
    Passed,

    /// <summary>The motion failed.</summary>
    Failed,
}

/// <summary>A vote held on an admission or a status, as the sources record it.</summary>
/// <param name="Id">A short unique id.</param>
/// <param name="Organisation">The organisation.</param>
/// <param name="Body">The body that voted.</param>
/// <param name="Round">The round (1 for the first).</param>
/// <param name="Motion">What was voted on: <c>admission</c>, or the id of one of the procedure's other decisions.</param>
/// <param name="Subject">The applicant.</param>
/// <param name="Date">When it was held.</param>
/// <param name="Tally">The counts; <see cref="Tally.Absent"/> is 0 when the source does not give it (see <paramref name="AbsentKnown"/>).</param>
/// <param name="AbsentKnown">Whether the source gives the number of absentees.</param>
/// <param name="Outcome">What history records.</param>
/// <param name="Ballot">What of the vote was made public; the roll call or delegation votes themselves are in the registry.</param>
/// <param name="Source">Where it is recorded.</param>
/// <param name="Note">Editor's note.</param>
/// <param name="YesFavoursSubject">Whether a yes vote is for the subject (an admission, an upgrade) rather than against it
/// (e.g. Serbia's request for an advisory opinion on Kosovo's declaration).</param>
public sealed record RecordedVote(
    string Id,
    OrganisationId Organisation,
    string Body,
    int Round,
    string Motion,
    EntityCode Subject,
    DateOnly Date,
    Tally Tally,
    bool AbsentKnown,
    VoteOutcome Outcome,
    Ballot Ballot,
    SourceRef Source,
    string? Note = null,
    bool YesFavoursSubject = true);
