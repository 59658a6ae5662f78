using Standing.Domain.Admission;
using Standing.Domain.Voting;

namespace Standing.Domain.Tests.Voting;

public sealed class DoubleMajorityPowerTests
{
    [Theory]
    [InlineData(3, null)]
    [InlineData(5, 3)]
    public void Compute_RandomCouncils_AgreeWithEnumeration(int seed, int? blocking)
    {
        var random = new Random(seed);
        var population = Enumerable.Range(0, 11).Select(_ => (long)random.Next(1, 90_000)).ToArray();
        var (members, weight) = (new Fraction(55, 100), new Fraction(65, 100));

        var (banzhaf, shapley) = DoubleMajorityPower.Compute(population, members, weight, blocking);

        var (eb, es) = Enumerate(population, members.Threshold(11, false), weight.Threshold(population.Sum(), false), blocking);
        Assert.Equal(eb, banzhaf, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(es, shapley, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Compute_EqualMembers_EqualPower()
    {
        var (banzhaf, shapley) = DoubleMajorityPower.Compute(Enumerable.Repeat(10L, 9).ToArray(), new(55, 100), new(65, 100), 4);

        Assert.All(banzhaf, b => Assert.Equal(1.0 / 9, b, 12));
        Assert.Equal(1.0, shapley.Sum(), 12);
    }

    private static (double[], double[]) Enumerate(long[] w, long cq, long pq, int? blocking)
    {
        var n = w.Length;
        bool Wins(int size, long weight) => size >= cq && (weight >= pq || (blocking is { } b && n - size < b));
        var (swings, shapley) = (new double[n], new double[n]);
        double F(int k) => k <= 1 ? 1 : k * F(k - 1);
        for (var mask = 0; mask < 1 << n; mask++)
        {
            var size = (int)uint.PopCount((uint)mask);
            var weight = Enumerable.Range(0, n).Where(i => (mask >> i & 1) == 1).Sum(i => w[i]);
            for (var i = 0; i < n; i++)
            {
                if ((mask >> i & 1) == 0 && !Wins(size, weight) && Wins(size + 1, weight + w[i]))
                {
                    swings[i]++;
                    shapley[i] += F(size) * F(n - size - 1) / F(n);
                }
            }
        }

        var total = swings.Sum();
        return ([.. swings.Select(s => s / total)], shapley);
    }
}
