using Standing.Domain.Admission.Rules;
using static Standing.Domain.Tests.Admission.RuleTestKit;

namespace Standing.Domain.Tests.Admission;

public sealed class UnanimityRuleTests
{
    private static readonly UnanimityRule Strict = new("nato", "all Allies", Src, AbstentionBlocks: true, AbsenceBlocks: true);
    private static readonly UnanimityRule Council = new("eu", "unanimity; abstention does not block", Src, AbstentionBlocks: false, AbsenceBlocks: true);

    [Fact]
    public void Evaluate_EveryMemberInFavour_PassesExactlyAtTheThreshold()
    {
        var outcome = Strict.Evaluate(Counts(32, 0, bodySize: 32));

        Assert.Equal((RuleResult.Passed, 32L), (outcome.Result, outcome.Required));
    }

    [Fact]
    public void Evaluate_OneAgainst_FailsOneShort()
    {
        var outcome = Strict.Evaluate(Counts(31, 1, bodySize: 32));

        Assert.Equal((RuleResult.Failed, 32L), (outcome.Result, outcome.Required));
        Assert.Contains("1 against", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Abstention_BlocksOnlyWhereConfigured()
    {
        Assert.Equal(RuleResult.Failed, Strict.Evaluate(Counts(31, 0, 1, bodySize: 32)).Result);
        Assert.Equal((RuleResult.Passed, 26L), (Council.Evaluate(Counts(26, 0, 1, bodySize: 27)).Result, Council.Evaluate(Counts(26, 0, 1, bodySize: 27)).Required));
    }

    [Fact]
    public void Evaluate_Absence_BlocksWhereConfigured()
    {
        var outcome = Council.Evaluate(Counts(26, 0, 0, bodySize: 27));

        Assert.Equal(RuleResult.Failed, outcome.Result);
        Assert.Contains("1 absent", outcome.Reason, StringComparison.Ordinal);
    }
}
