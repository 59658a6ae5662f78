using Standing.Domain.Voting;

namespace Standing.Domain.Tests.Voting;

public sealed class PowerIndexTests
{
    private static readonly long[] Eec1958 = [4, 4, 4, 2, 2, 1]; // France, Germany, Italy, Belgium, Netherlands, Luxembourg

    [Fact]
    public void Banzhaf_Eec1958_LuxembourgHasNoPower()
    {
        var power = PowerIndex.Banzhaf(Eec1958, 12);

        Assert.Equal(0.2381, power[0], 4);
        Assert.Equal(0.1429, power[3], 4);
        Assert.Equal(0.0, power[5]);
    }

    [Fact]
    public void ShapleyShubik_Eec1958_PublishedValues()
    {
        var power = PowerIndex.ShapleyShubik(Eec1958, 12, ct: TestContext.Current.CancellationToken);

        Assert.Equal(0.2333, power[0], 4); // 7/30
        Assert.Equal(0.15, power[3], 4);   // 3/20
        Assert.Equal(0.0, power[5], 12);
    }

    [Theory]
    [InlineData(11, 40)]
    [InlineData(17, 40)]
    [InlineData(23, 400)] // weights above the vector width exercise the vectorised update
    public void BothIndices_RandomGames_AgreeWithEnumeration(int seed, int maxWeight)
    {
        var random = new Random(seed);
        var weights = Enumerable.Range(0, 11).Select(_ => (long)random.Next(1, maxWeight)).ToArray();
        var quota = (weights.Sum() / 2) + 1;

        var (banzhaf, shapley) = Enumerate(weights, quota);

        Assert.Equal(banzhaf, PowerIndex.Banzhaf(weights, quota), (a, b) => Math.Abs(a - b) < 1e-10);
        Assert.Equal(shapley, PowerIndex.ShapleyShubik(weights, quota, ct: TestContext.Current.CancellationToken), (a, b) => Math.Abs(a - b) < 1e-10);
    }

    [Fact]
    public void BothIndices_SumToOne()
    {
        var weights = Enumerable.Range(1, 60).Select(i => 750L + (long)Math.Floor(165000 / Math.Pow(i, 1.1))).ToArray();
        var quota = (weights.Sum() / 2) + 1;

        Assert.Equal(1.0, PowerIndex.Banzhaf(weights, quota).Sum(), 1e-9);
        Assert.Equal(1.0, PowerIndex.ShapleyShubik(weights, quota, ct: TestContext.Current.CancellationToken).Sum(), 1e-9);
    }

    /// <summary>Banzhaf by counting swings over all coalitions; Shapley–Shubik over all orderings (by subsets).</summary>
    private static (double[] Banzhaf, double[] Shapley) Enumerate(long[] w, long quota)
    {
        var n = w.Length;
        var (swings, shapley) = (new double[n], new double[n]);
        var factorial = new double[n + 1];
        factorial[0] = 1;
        for (var k = 1; k <= n; k++)
        {
            factorial[k] = factorial[k - 1] * k;
        }

        for (var mask = 0; mask < 1 << n; mask++)
        {
            var weight = Enumerable.Range(0, n).Where(i => (mask >> i & 1) == 1).Sum(i => w[i]);
            var size = (int)uint.PopCount((uint)mask);
            for (var i = 0; i < n; i++)
            {
                if ((mask >> i & 1) == 0 && weight < quota && weight + w[i] >= quota)
                {
                    swings[i]++;
                    shapley[i] += factorial[size] * factorial[n - size - 1] / factorial[n];
                }
            }
        }

        var total = swings.Sum();
        return ([.. swings.Select(s => s / total)], shapley);
    }
}
