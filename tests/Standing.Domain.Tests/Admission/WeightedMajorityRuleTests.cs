using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;
using static Standing.Domain.Tests.Admission.RuleTestKit;

namespace Standing.Domain.Tests.Admission;

public sealed class WeightedMajorityRuleTests
{
    private static readonly WeightedMajorityRule Rule = new("imf", "a majority of the votes cast", Src, [1, 2], MajorityBase.VotesCast, "TEST", Strict: true);
    private static readonly Dictionary<string, long> Weights = new() { ["AAA"] = 50, ["BBB"] = 30, ["CCC"] = 20, ["DDD"] = 1 };

    [Fact]
    public void Evaluate_MemberVotes_WeighsEachMember()
    {
        // 50 in favour against 51: one member outweighs three
        var outcome = Rule.Evaluate(Members([("AAA", VoteChoice.Yes), ("BBB", VoteChoice.No), ("CCC", VoteChoice.No), ("DDD", VoteChoice.No)], Weights));

        Assert.Equal((RuleResult.Failed, 51L), (outcome.Result, outcome.Required));
    }

    [Fact]
    public void Evaluate_ExactlyOneMoreThanHalf_Passes()
    {
        // 51 of 101 weighted votes: more than half is 51
        var outcome = Rule.Evaluate(Members([("AAA", VoteChoice.Yes), ("DDD", VoteChoice.Yes), ("BBB", VoteChoice.No), ("CCC", VoteChoice.No)], Weights));

        Assert.Equal((RuleResult.Passed, 51L), (outcome.Result, outcome.Required));
    }

    [Fact]
    public void Evaluate_ExactlyHalf_IsOneShort()
    {
        var outcome = Rule.Evaluate(Members([("AAA", VoteChoice.Yes), ("BBB", VoteChoice.No), ("CCC", VoteChoice.No)], Weights));

        Assert.Equal((RuleResult.Failed, 51L), (outcome.Result, outcome.Required));
    }

    [Fact]
    public void Evaluate_CountsOnly_ReadsThemAsWeightedVotes()
    {
        var outcome = Rule.Evaluate(Counts(3_000_000, 2_000_000));

        Assert.Equal((RuleResult.Passed, 2_500_001L), (outcome.Result, outcome.Required));
    }
}
