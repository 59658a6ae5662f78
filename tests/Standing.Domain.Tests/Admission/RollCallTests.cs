using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;
using Standing.Domain.Entities;
using Standing.Domain.Sources;
using Standing.Domain.Validation;
using static Standing.Domain.Tests.RegistryBuilder;

namespace Standing.Domain.Tests.Admission;

/// <summary>Roll calls as data: they add up to their tally, feed the rule, and are found by member.</summary>
public sealed class RollCallTests
{
    private static readonly SourceRef Src = new(Url);
    private static readonly RuleSource RuleSrc = new(Url, "Art 1");

    // CLUB: members AAA, BBB, CCC; a simple majority of votes cast.
    private static RegistryBuilder Club() => new RegistryBuilder()
        .Recognised("AAA", "2008-02-18")
        .Member("CLUB", "AAA", "2000-01-01", null).Member("CLUB", "BBB", "2000-01-01", null).Member("CLUB", "CCC", "2000-01-01", null)
        .Procedure(new AdmissionProcedure(new("CLUB"), "Admission", null, [RuleSrc],
            [new Stage("assembly", "assembly", "The assembly votes", new MajorityRule("half", "a majority of votes cast", RuleSrc, [1, 2], MajorityBase.VotesCast, Strict: true))], null));

    private static RecordedVote Vote(Ballot ballot, int yes, int no, int abstain, int? absent = null) =>
        new("v1", new("CLUB"), "assembly", 1, "admission", EntityCode.Kosovo, new(2015, 11, 9), new Tally(yes, no, abstain, absent ?? 0), absent is not null,
            VoteOutcome.Passed, ballot, Src);

    private static IReadOnlyList<Problem> Problems(RegistryBuilder builder) => RegistryValidator.Validate(builder.Input()).Problems;

    [Fact]
    public void Validate_RollCallAddingUpToTheTally_HasNoProblems()
    {
        var builder = Club().Vote(Vote(Ballot.RollCall, 1, 1, 0, absent: 1))
            .RollCall("v1", ("AAA", RollCallVote.Yes), ("BBB", RollCallVote.No), ("CCC", RollCallVote.NotVoting));

        Assert.Empty(Problems(builder));
    }

    [Theory]
    [InlineData(2, 1, 0, null, "adds up to 1 yes, 1 no, 0 abstain, 1 absent")] // one yes too few listed
    [InlineData(1, 1, 0, 0, "adds up to 1 yes, 1 no, 0 abstain, 1 absent")]    // the member not voting is absent in the tally
    public void Validate_RollCallNotAddingUp_NamesBothCounts(int yes, int no, int abstain, int? absent, string expected)
    {
        var builder = Club().Vote(Vote(Ballot.RollCall, yes, no, abstain, absent))
            .RollCall("v1", ("AAA", RollCallVote.Yes), ("BBB", RollCallVote.No), ("CCC", RollCallVote.NotVoting));

        var problem = Assert.Single(Problems(builder));

        Assert.Equal("bad-roll-call", problem.Code);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Ballot.RollCall, "lists no one")]
    [InlineData(Ballot.Partial, "lists no one")]
    [InlineData(Ballot.ByDelegation, "lists no delegation")]
    public void Validate_PublishedBallotWithoutItsList_IsReported(Ballot ballot, string expected)
    {
        var problem = Assert.Single(Problems(Club().Vote(Vote(ballot, 1, 1, 0))));

        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Ballot.Secret)]
    [InlineData(Ballot.NotPublished)]
    public void Validate_SecretOrUnpublishedBallotWithAList_IsReported(Ballot ballot)
    {
        var problem = Assert.Single(Problems(Club().Vote(Vote(ballot, 1, 0, 0)).RollCall("v1", ("AAA", RollCallVote.Yes))));

        Assert.Contains("cannot have a roll call", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PartialRollCall_MayNameFewerButNotMore()
    {
        var fewer = Club().Vote(Vote(Ballot.Partial, 2, 1, 0)).RollCall("v1", ("BBB", RollCallVote.No));
        var more = Club().Vote(Vote(Ballot.Partial, 2, 0, 0)).RollCall("v1", ("BBB", RollCallVote.No));

        Assert.Empty(Problems(fewer));
        Assert.Contains("names more members", Assert.Single(Problems(more)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MemberListedTwiceOrUnknownOrOrphan_IsReportedWithItsLine()
    {
        var builder = Club().Vote(Vote(Ballot.RollCall, 2, 0, 0))
            .RollCall("v1", ("AAA", RollCallVote.Yes), ("AAA", RollCallVote.Yes))
            .RollCall("v2", ("ZZZ", RollCallVote.No));
        var input = builder.Input();

        var problems = Problems(builder);

        Assert.Contains(problems, p => p.Code == "duplicate-row" && p.Message.Contains("AAA votes twice in v1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Code == "unknown-code" && p.Path == input.RollCalls[2].Location);
        Assert.Contains(problems, p => p.Code == "unknown-vote" && p.Path == input.RollCalls[2].Location);
    }

    [Fact]
    public void Validate_DelegationsAddingUp_HaveNoProblemsAndOthersAreReported()
    {
        var sound = Club().Vote(Vote(Ballot.ByDelegation, 5, 2, 1)).Delegation("v1", "AAA", 3, 0, 1).Delegation("v1", "BBB", 2, 2, 0);
        var short1 = Club().Vote(Vote(Ballot.ByDelegation, 6, 2, 1)).Delegation("v1", "AAA", 3, 0, 1).Delegation("v1", "BBB", 2, 2, 0);

        Assert.Empty(Problems(sound));
        Assert.Contains("add up to 5 yes, 2 no, 1 abstain", Assert.Single(Problems(short1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DelegationCountsNotPublished_StayWithinTheTallyWhileCompleteOnesMustMatch()
    {
        // Reports name the delegations with members against or abstaining, and not the votes in favour.
        var sound = Club().Vote(Vote(Ballot.ByDelegation, 9, 3, 1)).Delegation("v1", "AAA", null, 2, 1).Delegation("v1", "BBB", 4, 1, 0);
        var tooManyYes = Club().Vote(Vote(Ballot.ByDelegation, 3, 3, 1)).Delegation("v1", "AAA", null, 2, 1).Delegation("v1", "BBB", 4, 1, 0);
        var noShort = Club().Vote(Vote(Ballot.ByDelegation, 9, 4, 1)).Delegation("v1", "AAA", null, 2, 1).Delegation("v1", "BBB", 4, 1, 0);
        var empty = Club().Vote(Vote(Ballot.ByDelegation, 9, 3, 1)).Delegation("v1", "AAA", null, null, null).Delegation("v1", "BBB", 4, 3, 1);

        Assert.Empty(Problems(sound));
        Assert.Contains("add up to 4 yes, 3 no, 1 abstain", Assert.Single(Problems(tooManyYes)).Message, StringComparison.Ordinal);
        Assert.Contains("add up to 4 yes, 3 no, 1 abstain, but the recorded tally is", Assert.Single(Problems(noShort)).Message, StringComparison.Ordinal);
        Assert.Contains("AAA: no count is given", Assert.Single(Problems(empty)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RollCall_CountsTheMembersAsListed()
    {
        var registry = Club().Vote(Vote(Ballot.RollCall, 1, 1, 0, absent: 1))
            .RollCall("v1", ("AAA", RollCallVote.Yes), ("BBB", RollCallVote.No), ("CCC", RollCallVote.NotVoting)).Build();
        var vote = Assert.Single(registry.Votes);

        var members = registry.MemberVotes(vote);

        Assert.Equal([VoteChoice.Yes, VoteChoice.No, VoteChoice.Absent], members!.Select(m => m.Choice));
        Assert.Equal(new Tally(1, 1, 0, 1), registry.Evaluate(vote).Tally);
    }

    [Fact]
    public void MemberVotes_PartialRollCall_IsNotGivenToTheRule()
    {
        var registry = Club().Vote(Vote(Ballot.Partial, 2, 1, 0)).RollCall("v1", ("BBB", RollCallVote.No)).Build();

        Assert.Null(registry.MemberVotes(registry.Votes[0]));
        Assert.Single(registry.RollCall("v1"));
    }

    [Fact]
    public void VotesOf_AMember_ListsItsVotesWithTheirRecords()
    {
        var registry = Club().Vote(Vote(Ballot.RollCall, 1, 1, 0, absent: 1))
            .RollCall("v1", ("AAA", RollCallVote.Yes), ("BBB", RollCallVote.No), ("CCC", RollCallVote.NotVoting)).Build();

        var (vote, entry) = Assert.Single(registry.VotesOf(new("CCC")));

        Assert.Equal("v1", vote.Id);
        Assert.Equal(RollCallVote.NotVoting, entry.Cast);
        Assert.Empty(registry.VotesOf(new("DDD")));
    }
}
