using Standing.Domain.Admission.Rules;
using static Standing.Domain.Tests.Admission.RuleTestKit;

namespace Standing.Domain.Tests.Admission;

public sealed class MajorityRuleTests
{
    [Fact]
    public void Evaluate_Interpol2018FirstRound_FailsTwelveShortOf88()
    {
        var outcome = TwoThirdsOfVotesCast().Evaluate(Counts(76, 56, 22));

        Assert.Equal((RuleResult.Failed, 88L), (outcome.Result, outcome.Required));
        Assert.Contains("12 short", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ExactlyTwoThirds_Passes()
    {
        var outcome = TwoThirdsOfVotesCast().Evaluate(Counts(88, 44, 22));

        Assert.Equal((RuleResult.Passed, 88L), (outcome.Result, outcome.Required));
    }

    [Fact]
    public void Evaluate_OneVoteShort_Fails()
    {
        // 87 of 131 votes cast: two thirds of 131 is 87.33, so 88 are needed
        var outcome = TwoThirdsOfVotesCast().Evaluate(Counts(87, 44));

        Assert.Equal((RuleResult.Failed, 88L), (outcome.Result, outcome.Required));
    }

    [Fact]
    public void Evaluate_AbstentionsDoNotCountInVotesCast_ButDoInPresent()
    {
        var present = new MajorityRule("p", "two thirds of those present", Src, [2, 3], MajorityBase.Present);

        Assert.Equal(RuleResult.Passed, TwoThirdsOfVotesCast().Evaluate(Counts(20, 10, 30)).Result);
        Assert.Equal((RuleResult.Failed, 40L), (present.Evaluate(Counts(20, 10, 30)).Result, present.Evaluate(Counts(20, 10, 30)).Required));
    }

    [Theory]
    [InlineData(8, true)]  // more than half of 15 members
    [InlineData(7, false)] // one short
    public void Evaluate_StrictMajorityOfMembers_CountsAbsentees(int yes, bool passes)
    {
        var rule = new MajorityRule("m", "a majority of all members", Src, [1, 2], MajorityBase.Members, Strict: true);

        var outcome = rule.Evaluate(Counts(yes, 0, 0, 15 - yes));

        Assert.Equal(passes, outcome.Result == RuleResult.Passed);
        Assert.Equal(8L, outcome.Required);
    }

    [Fact]
    public void Evaluate_MinimumYes_RaisesTheThreshold()
    {
        var rule = new MajorityRule("nine", "nine of fifteen", Src, [1, 2], MajorityBase.VotesCast, MinimumYes: 9);

        Assert.Equal((RuleResult.Failed, 9L), (rule.Evaluate(Counts(8, 0, 7)).Result, rule.Evaluate(Counts(8, 0, 7)).Required));
        Assert.Equal(RuleResult.Passed, rule.Evaluate(Counts(9, 0, 6)).Result);
    }

    [Fact]
    public void Evaluate_QuorumNotMet_FailsWhateverTheYesVotes()
    {
        var rule = new MajorityRule("q", "majority with quorum", Src, [1, 2], MajorityBase.VotesCast, Strict: true, QuorumParts: [1, 2]);

        var outcome = rule.Evaluate(Counts(40, 0, 0, 60));

        Assert.Equal(RuleResult.Failed, outcome.Result);
        Assert.Contains("quorum", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(RuleResult.Passed, rule.Evaluate(Counts(40, 0, 10, 50)).Result);
    }

    [Fact]
    public void Evaluate_NoVotesCast_DoesNotPass()
    {
        Assert.Equal((RuleResult.Failed, 1L), (TwoThirdsOfVotesCast().Evaluate(Counts(0, 0, 10)).Result, TwoThirdsOfVotesCast().Evaluate(Counts(0, 0, 10)).Required));
    }
}
