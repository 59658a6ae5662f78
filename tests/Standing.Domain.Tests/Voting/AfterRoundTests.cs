using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;
using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using Standing.Domain.Sources;
using Standing.Domain.Voting;

namespace Standing.Domain.Tests.Voting;

/// <summary>A second round forecast from what the first revealed.</summary>
public sealed class AfterRoundTests
{
    private static readonly RuleSource RuleSrc = new(RegistryBuilder.Url, "Art 1");

    // CLUB: AAA, BBB, CCC, DDD and SRB; two rounds of two thirds of the votes cast.
    private static Registry Club() => new RegistryBuilder()
        .Recognised("AAA", "2008-02-18").Recognised("BBB", "2008-02-18")
        .Member("CLUB", "AAA", "2000-01-01", null).Member("CLUB", "BBB", "2000-01-01", null).Member("CLUB", "CCC", "2000-01-01", null)
        .Member("CLUB", "DDD", "2000-01-01", null).Member("CLUB", "SRB", "2000-01-01", null)
        .Procedure(new AdmissionProcedure(new("CLUB"), "Admission", null, [RuleSrc],
            [new Stage("assembly", "assembly", "The assembly votes", new MajorityRule("two-thirds", "two thirds of votes cast", RuleSrc, [2, 3], MajorityBase.VotesCast), Rounds: 2)], null))
        .Priors(new ForecastPriors(new Dictionary<string, PriorStance>
        {
            ["recognises"] = new(0.7, 0.05, 0.1, 0.15),
            ["disputed"] = new(0.25, 0.35, 0.2, 0.2),
            ["withdrew"] = new(0.05, 0.6, 0.15, 0.2),
            ["non-recogniser-stated"] = new(0.02, 0.58, 0.16, 0.24),
            ["non-recogniser"] = new(0.1, 0.4, 0.25, 0.25),
            ["contesting-state"] = new(0, 1, 0, 0),
        }, [], 0.3, "test"))
        .Build();

    private static ForecastRequest Round2(Tally? first) =>
        new(new("CLUB"), null, 2, EntityCode.Kosovo, new(2020, 1, 1), Perspective.Default, null, [], null, 1) { AfterRound = first };

    [Fact]
    public void Forecast_AfterARound_ExpectsThatRoundsTallyAndKeepsCertainMembersCertain()
    {
        var forecast = Club().Forecast(Round2(new Tally(2, 2, 1, 0)));

        Assert.Equal((2.0, 2.0, 1.0, 0.0), (Math.Round(forecast.Expected.Yes, 6), Math.Round(forecast.Expected.No, 6), Math.Round(forecast.Expected.Abstain, 6), Math.Round(forecast.Expected.Absent, 6)));
        Assert.Equal(1, forecast.Members.Single(m => m.Member == "SRB").No);
        // The recognisers keep leaning yes more than the others do.
        Assert.True(forecast.Members.Single(m => m.Member == "AAA").Yes > forecast.Members.Single(m => m.Member == "CCC").Yes);
    }

    [Fact]
    public void Forecast_AfterAStrongerRound_IsLikelierToPass()
    {
        var weak = Club().Forecast(Round2(new Tally(1, 3, 0, 0)));
        var strong = Club().Forecast(Round2(new Tally(3, 1, 0, 0)));

        Assert.True(strong.PAdmitted > weak.PAdmitted);
    }

    [Theory]
    [InlineData(5, 1, 0, "6 votes cast and abstaining, but the body has 5 members")]
    [InlineData(0, 0, 0, "")] // nobody present: every member certain to be absent
    public void Forecast_AfterARoundThatDoesNotFit_IsRefusedNamingTheField(int yes, int no, int abstain, string message)
    {
        if (message.Length == 0)
        {
            Assert.Equal(5, Math.Round(Club().Forecast(Round2(new Tally(yes, no, abstain, 0))).Expected.Absent, 6));
            return;
        }

        var e = Assert.Throws<VoteInputException>(() => Club().Forecast(Round2(new Tally(yes, no, abstain, 0))));

        Assert.Equal("afterRound", e.Field);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}
