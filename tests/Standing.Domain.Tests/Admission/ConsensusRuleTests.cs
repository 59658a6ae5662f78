using Standing.Domain.Admission.Rules;
using static Standing.Domain.Tests.Admission.RuleTestKit;

namespace Standing.Domain.Tests.Admission;

public sealed class ConsensusRuleTests
{
    private static readonly ConsensusRule Rule = new("osce", "no objection", Src);

    [Fact]
    public void Evaluate_NoObjection_PassesEvenWithAbstentions()
    {
        var outcome = Rule.Evaluate(Counts(40, 0, 17));

        Assert.Equal((RuleResult.Passed, 0L), (outcome.Result, outcome.Required));
    }

    [Fact]
    public void Evaluate_OneObjection_FailsAndNoYesCountCouldPass()
    {
        var outcome = Rule.Evaluate(Counts(56, 1));

        Assert.Equal(RuleResult.Failed, outcome.Result);
        Assert.Null(outcome.Required);
        Assert.Contains("1 member(s) object", outcome.Reason, StringComparison.Ordinal);
    }
}
