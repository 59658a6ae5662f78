using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;
using static Standing.Domain.Tests.Admission.RuleTestKit;

namespace Standing.Domain.Tests.Admission;

public sealed class AllOfRuleTests
{
    private static readonly AllOfRule SecurityCouncil = new("unsc", "nine votes and no veto", Src,
    [
        new MajorityRule("nine", "nine of fifteen", Src, [9, 15], MajorityBase.Members, MinimumYes: 9),
        new VetoRule("p5", "no permanent member against", Src, P5, AbstentionIsVeto: false),
    ]);

    private static readonly string[] Holders = ["CHN", "FRA", "GBR", "RUS", "USA"];

    private static VoteContext Council(int yes, string? vetoBy = null) => Members(
        Holders.Select(h => (h, h == vetoBy ? VoteChoice.No : VoteChoice.Yes))
            .Concat(Enumerable.Range(0, 10).Select(i => (Code(i), i < yes - (vetoBy is null ? 5 : 4) ? VoteChoice.Yes : VoteChoice.Abstain))),
        holders: Holders);

    [Fact]
    public void Evaluate_NineVotesNoVeto_PassesExactlyAtTheThreshold()
    {
        var outcome = SecurityCouncil.Evaluate(Council(9));

        Assert.Equal((RuleResult.Passed, 9L), (outcome.Result, outcome.Required));
    }

    [Fact]
    public void Evaluate_EightVotes_FailsOneShort()
    {
        Assert.Equal((RuleResult.Failed, 9L), (SecurityCouncil.Evaluate(Council(8)).Result, SecurityCouncil.Evaluate(Council(8)).Required));
    }

    [Fact]
    public void Evaluate_TwelveVotesAndAVeto_FailsWithNoThreshold()
    {
        var outcome = SecurityCouncil.Evaluate(Council(12, vetoBy: "USA"));

        Assert.Equal(RuleResult.Failed, outcome.Result);
        Assert.Null(outcome.Required);
        Assert.Contains("vetoed by USA", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Flatten_ListsTheCompositeAndItsParts()
    {
        Assert.Equal(["unsc", "nine", "p5"], SecurityCouncil.Flatten().Select(r => r.Id));
    }
}
