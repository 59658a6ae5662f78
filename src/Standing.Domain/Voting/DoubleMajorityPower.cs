using Standing.Domain.Admission;

namespace Standing.Domain.Voting;

/// <summary>Banzhaf and Shapley–Shubik power under a double majority: the EU Council's qualified majority.</summary>
/// <remarks>
/// A coalition of s members holding weight P wins when s reaches the member quota and either P reaches the weight
/// quota or fewer than <c>blockingMinority</c> members are left outside. For member i, the others are split into two
/// halves whose subsets (at most 2¹³ each for 27 members) are enumerated and sorted by weight within each size; for a
/// given coalition size the coalitions i turns from losing to winning are those whose weight lies in one interval,
/// counted by binary search. Exact; about 27 · 2¹³ · 14 searches for the EU.
/// </remarks>
public static class DoubleMajorityPower
{
    /// <summary>The normalised Banzhaf and Shapley–Shubik indices.</summary>
    /// <exception cref="ArgumentException">There are more than 40 members or a weight is negative.</exception>
    public static (double[] Banzhaf, double[] Shapley) Compute(IReadOnlyList<long> weights, Fraction memberQuota, Fraction weightQuota, int? blockingMinority)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count > 40 || weights.Any(w => w < 0))
        {
            throw new ArgumentException("between 1 and 40 members with weights of 0 or more", nameof(weights));
        }

        var n = weights.Count;
        var cq = memberQuota.Threshold(n, strict: false);
        var pq = weightQuota.Threshold(weights.Sum(), strict: false);
        var factorial = new double[n + 1];
        factorial[0] = 1;
        for (var k = 1; k <= n; k++)
        {
            factorial[k] = factorial[k - 1] * k;
        }

        var (banzhaf, shapley) = (new double[n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            var others = weights.Where((_, j) => j != i).ToArray();
            var half = others.Length / 2;
            var left = Subsets(others[..half]);
            var right = Subsets(others[half..]);
            for (var s = 0; s < n; s++)
            {
                // Weight interval [from, to) where the s others lose alone and win with member i.
                var from = Threshold(s + 1, n, cq, pq, blockingMinority) - weights[i];
                var to = Threshold(s, n, cq, pq, blockingMinority);
                if (from >= to)
                {
                    continue;
                }

                double swings = 0;
                for (var a = 0; a < left.Length && a <= s; a++)
                {
                    var b = s - a;
                    if (b >= right.Length)
                    {
                        continue;
                    }

                    foreach (var w in left[a])
                    {
                        swings += CountInRange(right[b], from - w, to - w);
                    }
                }

                banzhaf[i] += swings;
                shapley[i] += swings * factorial[s] * factorial[n - s - 1] / factorial[n];
            }
        }

        var total = banzhaf.Sum();
        return (total == 0 ? banzhaf : [.. banzhaf.Select(x => x / total)], shapley);
    }

    /// <summary>The least weight with which s members win: 0 if they win whatever their weight, long.MaxValue if never.</summary>
    private static long Threshold(int s, int n, long cq, long pq, int? blockingMinority) =>
        s < cq ? long.MaxValue : blockingMinority is { } b && n - s < b ? long.MinValue / 4 : pq;

    /// <summary>Subset weights of <paramref name="members"/>, grouped by subset size, each group sorted.</summary>
    private static long[][] Subsets(long[] members)
    {
        var count = 1 << members.Length;
        var weight = new long[count];
        var groups = Enumerable.Range(0, members.Length + 1).Select(_ => new List<long>()).ToArray();
        groups[0].Add(0);
        for (var mask = 1; mask < count; mask++)
        {
            var low = System.Numerics.BitOperations.TrailingZeroCount(mask);
            weight[mask] = weight[mask & (mask - 1)] + members[low];
            groups[System.Numerics.BitOperations.PopCount((uint)mask)].Add(weight[mask]);
        }

        return [.. groups.Select(g => g.Order().ToArray())];
    }

    private static int CountInRange(long[] sorted, long from, long to) => LowerBound(sorted, to) - LowerBound(sorted, from);

    private static int LowerBound(long[] sorted, long value)
    {
        var (lo, hi) = (0, sorted.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            (lo, hi) = sorted[mid] < value ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }
}
