using Standing.Domain;
using Standing.Domain.Admission;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;

namespace Standing.Answers;

/// <summary>Recorded votes, with Standing's verdict beside history's.</summary>
public static class VotesAnswer
{
    public sealed record Row(
        string Id, string Organisation, string Body, int Round, string Motion, string Subject, DateOnly Date, int Yes, int No, int Abstain, int? Absent,
        string Outcome, bool Passed, long? Required, long? Margin, bool Matches, string Explanation, string Ballot, int Listed, string Source);

    public static readonly IReadOnlyList<Column<Row>> Columns =
    [
        new("id", r => r.Id), new("date", r => r.Date), new("org", r => r.Organisation), new("body", r => r.Body), new("round", r => r.Round),
        new("motion", r => r.Motion), new("subject", r => r.Subject), new("yes", r => r.Yes), new("no", r => r.No), new("abstain", r => r.Abstain), new("absent", r => r.Absent),
        new("history", r => r.Outcome), new("engine", r => r.Passed ? "passed" : "failed"), new("required", r => r.Required),
        new("matches", r => r.Matches), new("ballot", r => r.Ballot), new("listed", r => r.Listed),
    ];

    /// <exception cref="AnswerInputException"><paramref name="organisation"/> is unknown.</exception>
    public static IReadOnlyList<Row> For(Registry registry, OrganisationId? organisation, EntityCode? applicant, RecordedVote? only = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (organisation is { } o && registry.Organisation(o) is null)
        {
            throw new AnswerInputException(AnswerField.Organisation, $"unknown organisation '{o}'; known: {string.Join(", ", registry.Organisations.Select(x => x.Id))}");
        }

        return [.. registry.Votes
            .Where(v => (organisation is null || v.Organisation == organisation) && (applicant is null || v.Subject == applicant) && (only is null || v == only))
            .Select(v => (Vote: v, Verdict: registry.Evaluate(v)))
            .Select(x => new Row(x.Vote.Id, x.Vote.Organisation.Value, x.Vote.Body, x.Vote.Round, x.Vote.Motion, x.Vote.Subject.Value, x.Vote.Date,
                x.Verdict.Tally.Yes, x.Verdict.Tally.No, x.Verdict.Tally.Abstain, x.Vote.AbsentKnown ? x.Vote.Tally.Absent : null,
                x.Vote.Outcome.ToKebab(), x.Verdict.Passed, x.Verdict.Required, x.Verdict.Margin,
                x.Verdict.Passed == (x.Vote.Outcome == VoteOutcome.Passed), x.Verdict.Explanation, x.Vote.Ballot.ToKebab(),
                x.Vote.Ballot == Ballot.ByDelegation ? registry.DelegationVotes(x.Vote.Id).Count : registry.RollCall(x.Vote.Id).Count, x.Vote.Source.Value))];
    }

    public static string Caption(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return $"{rows.Count(r => r.Matches)} of {rows.Count} verdicts match history";
    }
}
