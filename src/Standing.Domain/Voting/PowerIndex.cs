using System.Numerics;

namespace Standing.Domain.Voting;

/// <summary>Voting power in a weighted body: Banzhaf and Shapley–Shubik indices, exact.</summary>
/// <remarks>
/// A coalition wins when its weight reaches the quota q. Both indices need, for each member i, the probability
/// that the others weigh between q − wᵢ and q − 1 when each joins independently with probability p: Banzhaf at
/// p = 1/2; Shapley–Shubik integrated over p from 0 to 1 (Owen's multilinear extension), where the integrand is a
/// polynomial of degree n − 1, so Gauss–Legendre quadrature with ⌈(n+1)/2⌉ nodes is exact.
/// <para>
/// The others' weight distribution is g / (q' + p·xʷⁱ), with g = Π(q' + p·x^wⱼ) built once per p and q' = 1 − p.
/// Expanding the division, the sum over a window of weights is (1/q')·Σⱼ (−p/q')ʲ·(window sum of g shifted by
/// j·wᵢ), read from prefix sums of g: O(W/wᵢ) per member instead of O(W). For p &gt; 1/2 the members who stay out are
/// counted instead, so the ratio p/q' never exceeds 1. Indices are normalised to sum to 1.
/// </para>
/// </remarks>
public static class PowerIndex
{
    /// <summary>
    /// The largest total weight computed: time and memory grow with it (arrays of that many doubles per thread).
    /// The IMF's 5 million votes take about 2.3 s for Shapley–Shubik on two cores (docs/benchmarks.md).
    /// </summary>
    public const long MaxTotalWeight = 20_000_000;

    /// <summary>Normalised Banzhaf indices.</summary>
    /// <exception cref="ArgumentException">A weight is negative, the quota is not positive, or the total exceeds 2³¹.</exception>
    public static double[] Banzhaf(IReadOnlyList<long> weights, long quota)
    {
        Check(weights, quota);
        return Normalise(Window(weights, quota, 0.5));
    }

    /// <summary>Normalised Shapley–Shubik indices.</summary>
    /// <exception cref="ArgumentException">A weight is negative, the quota is not positive, or the total exceeds 2³¹.</exception>
    /// <param name="weights">The members' weights.</param>
    /// <param name="quota">The weight a coalition needs.</param>
    /// <param name="progress">Told the fraction done (0 to 1) as the quadrature nodes finish.</param>
    /// <param name="ct">Stops the computation between nodes.</param>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static double[] ShapleyShubik(IReadOnlyList<long> weights, long quota, Action<double>? progress = null, CancellationToken ct = default)
    {
        Check(weights, quota);
        var (nodes, quadrature) = GaussLegendre((weights.Count + 2) / 2);
        var perNode = new double[nodes.Length][];
        var done = 0;
        Parallel.For(0, nodes.Length, new ParallelOptions { CancellationToken = ct }, j =>
        {
            perNode[j] = Window(weights, quota, nodes[j]);
            progress?.Invoke((double)Interlocked.Increment(ref done) / nodes.Length);
        });
        var phi = new double[weights.Count];
        // Summed in node order, so the result does not depend on which thread finished first.
        for (var j = 0; j < nodes.Length; j++)
        {
            for (var i = 0; i < phi.Length; i++)
            {
                phi[i] += quadrature[j] * perNode[j][i];
            }
        }

        return Normalise(phi);
    }

    /// <summary>For each member i, P(q − wᵢ ≤ weight of the others &lt; q) when each other member joins with probability p.</summary>
    private static double[] Window(IReadOnlyList<long> weights, long quota, double p)
    {
        var total = weights.Sum();
        var complement = p > 0.5;
        var join = complement ? 1 - p : p;
        var stay = 1 - join;
        // Counting those who join (p ≤ 1/2): window [q − wᵢ, q − 1]. Counting those who stay out (p > 1/2):
        // the others weigh in [q − wᵢ, q − 1] exactly when those outside weigh in [T − wᵢ − q + 1, T − q].
        var limit = (int)Math.Min(total, complement ? total - quota : quota - 1);
        var result = new double[weights.Count];
        if (limit < 0)
        {
            return result;
        }

        var g = new double[limit + 1];
        g[0] = 1;
        // Lightest members first: until their weights add up to the limit, the array above that sum is still
        // zero and the update can stop there.
        var reach = 0L;
        foreach (var w in weights.Order())
        {
            reach = Math.Min(limit, reach + w);
            AddMember(g, (int)Math.Min(w, limit + 1L), join, stay, (int)reach);
        }

        var prefix = new double[limit + 2];
        for (var k = 0; k <= limit; k++)
        {
            prefix[k + 1] = prefix[k] + g[k];
        }

        var ratio = -join / stay;
        for (var i = 0; i < weights.Count; i++)
        {
            var w = weights[i];
            if (w == 0)
            {
                continue;
            }

            var from = complement ? total - w - quota + 1 : quota - w;
            var (a, b) = (Math.Max(0, from), (long)limit);
            var (sum, factor) = (0.0, 1.0);
            for (var shift = 0L; b - shift >= 0; shift += w, factor *= ratio)
            {
                var lo = Math.Max(0, a - shift);
                sum += factor * (prefix[b - shift + 1] - prefix[lo]);
            }

            result[i] = sum / stay;
        }

        return result;
    }

    /// <summary>g ← (1 − p)·g + p·g shifted by w over g[0..top], in place from the top, a vector at a time.</summary>
    private static void AddMember(double[] g, int w, double p, double q, int top)
    {
        var width = Vector<double>.Count;
        var k = top;
        if (w >= width)
        {
            // Sources g[k − w .. k − w + width − 1] lie below the block being written, so they still hold old values.
            var (vp, vq) = (new Vector<double>(p), new Vector<double>(q));
            for (; k - width + 1 >= w; k -= width)
            {
                var start = k - width + 1;
                ((vq * new Vector<double>(g, start)) + (vp * new Vector<double>(g, start - w))).CopyTo(g, start);
            }
        }

        for (; k >= w; k--)
        {
            g[k] = (q * g[k]) + (p * g[k - w]);
        }

        for (k = Math.Min(w, top + 1) - 1; k >= 0; k--)
        {
            g[k] *= q;
        }
    }

    private static (double[] Nodes, double[] Weights) GaussLegendre(int m)
    {
        // Nodes and weights on [0, 1] by Newton's method on the Legendre polynomial P_m.
        var (x, w) = (new double[m], new double[m]);
        for (var i = 0; i < m; i++)
        {
            var z = Math.Cos(Math.PI * (i + 0.75) / (m + 0.5));
            double dp;
            while (true)
            {
                var (p1, p2) = (1.0, 0.0);
                for (var j = 1; j <= m; j++)
                {
                    (p1, p2) = (((((2.0 * j) - 1) * z * p1) - ((j - 1) * p2)) / j, p1);
                }

                dp = m * ((z * p1) - p2) / ((z * z) - 1);
                var dz = p1 / dp;
                z -= dz;
                if (Math.Abs(dz) < 1e-15)
                {
                    break;
                }
            }

            x[i] = (1 - z) / 2;
            w[i] = 1 / ((1 - (z * z)) * dp * dp);
        }

        return (x, w);
    }

    private static double[] Normalise(double[] values)
    {
        var total = values.Sum();
        return total == 0 ? values : [.. values.Select(v => v / total)];
    }

    private static void Check(IReadOnlyList<long> weights, long quota)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quota);
        if (weights.Any(w => w < 0))
        {
            throw new ArgumentException("weights must not be negative", nameof(weights));
        }

        if (weights.Sum() > MaxTotalWeight)
        {
            throw new ArgumentException($"the weights add up to more than {MaxTotalWeight:N0}, the most supported", nameof(weights));
        }
    }
}
