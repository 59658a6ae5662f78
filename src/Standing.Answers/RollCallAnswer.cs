using Standing.Domain;
using Standing.Domain.Admission;
using Standing.Domain.Recognition;

namespace Standing.Answers;

/// <summary>How each member voted in one recorded vote: its roll call, or its national delegations' votes.</summary>
public static class RollCallAnswer
{
    /// <summary>One member (or, in a body of individuals, one national delegation).</summary>
    /// <param name="Code">The member's code.</param>
    /// <param name="Name">Its name.</param>
    /// <param name="Vote">yes, no, abstain, absent or not-voting; null for a delegation.</param>
    /// <param name="Yes">Delegates in favour; null for a member's own vote.</param>
    /// <param name="No">Delegates against.</param>
    /// <param name="Abstain">Delegates abstaining.</param>
    /// <param name="Recognition">The member's recognition of the vote's subject on the vote's day, when the subject is tracked.</param>
    /// <param name="Source">Where its vote is published.</param>
    /// <param name="Note">Editor's note.</param>
    public sealed record Row(string Code, string Name, string? Vote, int? Yes, int? No, int? Abstain, string? Recognition, string Source, string? Note);

    /// <summary>The columns for <paramref name="vote"/>: a member's vote, or a delegation's three counts.</summary>
    public static IReadOnlyList<Column<Row>> Columns(RecordedVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        IReadOnlyList<Column<Row>> cast = vote.Ballot == Ballot.ByDelegation
            ? [new("yes", r => r.Yes), new("no", r => r.No), new("abstain", r => r.Abstain)]
            : [new("vote", r => r.Vote)];
        return [new("code", r => r.Code), new("name", r => r.Name), .. cast, new("recognition", r => r.Recognition), new("source", r => r.Source), new("note", r => r.Note)];
    }

    public static IReadOnlyList<Row> For(Question q, RecordedVote vote)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(vote);
        var r = q.Registry;
        var ledger = r.Subject(vote.Subject) is null ? null : r.Ledger(vote.Subject, q.Perspective);
        string? Recognition(Domain.Entities.EntityCode member) => ledger?.StatusOn(member, vote.Date).State.ToKebab();
        string Name(Domain.Entities.EntityCode member) => r.Entity(member)?.Name ?? member.Value;
        return vote.Ballot == Ballot.ByDelegation
            ? [.. r.DelegationVotes(vote.Id).Select(d => new Row(d.Member.Value, Name(d.Member), null, d.Yes, d.No, d.Abstain, Recognition(d.Member), d.Source.Value, d.Note))]
            : [.. r.RollCall(vote.Id).Select(e => new Row(e.Member.Value, Name(e.Member), e.Cast.ToKebab(), null, null, null, Recognition(e.Member), e.Source.Value, e.Note))];
    }

    /// <summary>What the list of <paramref name="rows"/> is and how complete: said under the table.</summary>
    public static string Caption(RecordedVote vote, IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(vote);
        ArgumentNullException.ThrowIfNull(rows);
        var what = vote.Ballot switch
        {
            Ballot.RollCall => "every member's vote",
            Ballot.Partial => "the members whose vote is known; the rest were not published",
            Ballot.ByDelegation when rows.Any(r => r.Yes is null || r.No is null || r.Abstain is null) =>
                "votes of individual members, counted by national delegation; only the delegations the sources name, and an empty count was not published",
            Ballot.ByDelegation => "votes of individual members, counted by national delegation",
            Ballot.Secret => "a secret ballot: only the tally can be known",
            _ => "no member-by-member result was found",
        };
        return $"{vote.Id} on {vote.Date:yyyy-MM-dd}: {vote.Tally.Yes} yes, {vote.Tally.No} no, {vote.Tally.Abstain} abstain; {what}";
    }

    /// <summary>The recorded vote with this id, or null.</summary>
    public static RecordedVote? Find(Registry registry, string voteId)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.Votes.FirstOrDefault(v => v.Id == voteId);
    }
}
