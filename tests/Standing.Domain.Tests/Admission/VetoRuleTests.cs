using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;
using static Standing.Domain.Tests.Admission.RuleTestKit;

namespace Standing.Domain.Tests.Admission;

public sealed class VetoRuleTests
{
    private static readonly VetoRule Rule = new("p5", "no permanent member against", Src, P5, AbstentionIsVeto: false);
    private static readonly string[] Holders = ["CHN", "FRA", "GBR", "RUS", "USA"];

    [Fact]
    public void Evaluate_PermanentMemberAgainst_FailsWithNoThreshold()
    {
        var outcome = Rule.Evaluate(Members([("USA", VoteChoice.No), ("FRA", VoteChoice.Yes), ("MLT", VoteChoice.Yes)], holders: Holders));

        Assert.Equal(RuleResult.Failed, outcome.Result);
        Assert.Null(outcome.Required);
        Assert.Contains("vetoed by USA", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ElectedMemberAgainstAndPermanentAbstaining_Passes()
    {
        var outcome = Rule.Evaluate(Members([("GBR", VoteChoice.Abstain), ("MLT", VoteChoice.No), ("FRA", VoteChoice.Yes)], holders: Holders));

        Assert.Equal(RuleResult.Passed, outcome.Result);
    }

    [Fact]
    public void Evaluate_AbstentionCountedAsVeto_FailsWhereConfigured()
    {
        var strict = Rule with { AbstentionIsVeto = true };

        Assert.Equal(RuleResult.Failed, strict.Evaluate(Members([("GBR", VoteChoice.Abstain), ("FRA", VoteChoice.Yes)], holders: Holders)).Result);
    }

    [Fact]
    public void Evaluate_CountsOnly_ChecksOnlyWhenNobodyVotedAgainst()
    {
        Assert.Equal(RuleResult.Passed, Rule.Evaluate(Counts(12, 0, 3)).Result);
        Assert.Equal(RuleResult.NotChecked, Rule.Evaluate(Counts(12, 1, 2)).Result);
    }
}
