using Standing.Domain.Voting;

namespace Standing.Domain.Tests.Voting;

public sealed class MonteCarloTests
{
    private static bool Passes(int yes, int no, int abstain, bool vetoed) => !vetoed && Un196.TwoThirds.IsMetBy(yes, no, abstain);

    [Fact]
    public void Run_NoCorrelation_LandsWithinFourStandardErrorsOfTheExactValue()
    {
        var members = Un196.Members();
        var exact = ExactEngine.Probability(members, Un196.TwoThirds);

        var mc = MonteCarlo.Run(members, [.. members.Select(_ => -1)], 0, Passes, null, 200_000, seed: 42, ct: TestContext.Current.CancellationToken);

        Assert.InRange(mc.PAdmitted, exact - (4 * mc.StandardError), exact + (4 * mc.StandardError));
    }

    [Fact]
    public void Run_SameSeed_SameEstimate()
    {
        var members = Un196.Members(40);
        var blocs = members.Select((_, i) => i % 6).ToArray();

        var a = MonteCarlo.Run(members, blocs, 0.5, Passes, null, 20_000, seed: 7, ct: TestContext.Current.CancellationToken);
        var b = MonteCarlo.Run(members, blocs, 0.5, Passes, null, 20_000, seed: 7, ct: TestContext.Current.CancellationToken);

        Assert.Equal(a, b);
        Assert.Equal(7UL, a.Seed);
    }

    [Fact]
    public void Run_CorrelatedBlocs_KeepEachMembersOwnProbabilities()
    {
        // One member alone: correlation must not change how often it votes yes
        var members = Un196.Members(1);

        var mc = MonteCarlo.Run(members, [0], 0.9, (yes, _, _, _) => yes == 1, null, 200_000, seed: 3, ct: TestContext.Current.CancellationToken);

        Assert.InRange(mc.PAdmitted, members[0].Yes - (4 * mc.StandardError), members[0].Yes + (4 * mc.StandardError));
    }

    [Fact]
    public void Run_CorrelatedBlocs_WidenTheSpreadOfOutcomes()
    {
        // Perfect correlation in one bloc of 40 makes the vote all-or-nothing more often than independence does
        var members = Un196.Members(40);
        bool Landslide(int yes, int no, int abstain, bool vetoed) => yes >= 36 || yes <= 4;

        var independent = MonteCarlo.Run(members, [.. members.Select(_ => 0)], 0, Landslide, null, 20_000, seed: 1, ct: TestContext.Current.CancellationToken);
        var correlated = MonteCarlo.Run(members, [.. members.Select(_ => 0)], 0.95, Landslide, null, 20_000, seed: 1, ct: TestContext.Current.CancellationToken);

        Assert.True(correlated.PAdmitted > independent.PAdmitted + 0.1, $"{correlated.PAdmitted} vs {independent.PAdmitted}");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Run_VectorisedAndScalarPaths_BothLandWithinFourStandardErrors(bool vectors)
    {
        var members = Un196.Members();
        var exact = ExactEngine.Probability(members, Un196.TwoThirds);
        MonteCarlo.UseVectors = vectors;
        try
        {
            var mc = MonteCarlo.Run(members, [.. members.Select((_, i) => i % 6)], 0.0, Passes, null, 100_000, seed: 9, ct: TestContext.Current.CancellationToken);

            Assert.InRange(mc.PAdmitted, exact - (4 * mc.StandardError), exact + (4 * mc.StandardError));
        }
        finally
        {
            MonteCarlo.UseVectors = true;
        }
    }

    [Fact]
    public void Run_VetoHolders_AreSeenByTheVectorisedPath()
    {
        // Member 0 votes no with probability ~0.27 and holds a veto: P(no veto) must match 1 − p(no) for it alone
        var members = Un196.Members(5);
        var mc = MonteCarlo.Run(members, [-1, -1, -1, -1, -1], 0, (_, _, _, vetoed) => !vetoed, i => i == 0, 200_000, seed: 4, ct: TestContext.Current.CancellationToken);

        var expected = 1 - members[0].No;
        Assert.InRange(mc.PAdmitted, expected - (4 * mc.StandardError), expected + (4 * mc.StandardError));
    }
}
