using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;
using static Standing.Domain.Tests.Admission.RuleTestKit;

namespace Standing.Domain.Tests.Admission;

public sealed class DoubleMajorityRuleTests
{
    // 27 members: member 0 weighs 100, the others 10 each (total 360)
    private static readonly Dictionary<string, long> Weights =
        Enumerable.Range(0, 27).ToDictionary(Code, i => i == 0 ? 100L : 10L);

    private static readonly DoubleMajorityRule Qmv = new("qmv", "55% of members and 65% of weight", Src,
        [55, 100], MajorityBase.Members, [65, 100], "TEST", BlockingMinority: 4);

    private static VoteContext Vote(int yes, bool bigMemberInFavour = true) => Members(
        Enumerable.Range(0, 27).Select(i => (Code(i), (bigMemberInFavour ? i < yes : i >= 1 && i <= yes) ? VoteChoice.Yes : VoteChoice.No)), Weights);

    [Fact]
    public void Evaluate_BothThresholdsMet_Passes()
    {
        // 20 members: 100 + 19·10 = 290 of 360 (65% is 234)
        Assert.Equal((RuleResult.Passed, 15L), (Qmv.Evaluate(Vote(20)).Result, Qmv.Evaluate(Vote(20)).Required));
    }

    [Fact]
    public void Evaluate_ExactlyAtTheMemberThreshold_PassesWhenWeightSuffices()
    {
        // 15 members of 27 (55% is 14.85, so 15) holding 100 + 140 = 240 of 360, 65% is 234
        Assert.Equal(RuleResult.Passed, Qmv.Evaluate(Vote(15)).Result);
    }

    [Fact]
    public void Evaluate_OneMemberShort_Fails()
    {
        var outcome = Qmv.Evaluate(Vote(14));

        Assert.Equal(RuleResult.Failed, outcome.Result);
        Assert.Contains("1 short", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EnoughMembersTooLittleWeight_Fails()
    {
        // 20 small members: 200 of 360; the big member and six others vote no
        var outcome = Qmv.Evaluate(Vote(20, bigMemberInFavour: false));

        Assert.Equal(RuleResult.Failed, outcome.Result);
        Assert.Contains("34 short", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FewerThanBlockingMinorityAgainst_IsDeemedToPass()
    {
        // The member weighing 300 and two others vote no: 240 of 560 is short of 65%, yet only three members
        // did not vote yes, fewer than the blocking minority of four
        var weights = new Dictionary<string, long>(Weights) { [Code(0)] = 300 };
        var votes = Enumerable.Range(0, 27).Select(i => (Code(i), i < 3 ? VoteChoice.No : VoteChoice.Yes));

        var outcome = Qmv.Evaluate(Members(votes, weights));

        Assert.Equal(RuleResult.Passed, outcome.Result);
        Assert.Contains("blocking minority", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CountsOnly_LeavesTheWeightTestUnchecked()
    {
        Assert.Equal(RuleResult.NotChecked, Qmv.Evaluate(Counts(20, 7)).Result);
        Assert.Equal(RuleResult.Failed, Qmv.Evaluate(Counts(10, 17)).Result);
    }
}
