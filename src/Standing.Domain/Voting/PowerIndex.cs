namespace Standing.Domain.Voting;

/// <summary>Voting power in a weighted body: Banzhaf and Shapley–Shubik indices, exact.</summary>
/// <remarks>
/// A coalition wins when its weight reaches the quota. Banzhaf: member i's swings are the coalitions of the
/// others weighing q − wᵢ to q − 1; they are counted from the generating function Π(1 + x^wⱼ), computed once,
/// divided by (1 + x^wᵢ) per member. Shapley–Shubik: Owen's multilinear extension, φᵢ = ∫₀¹ P(q − wᵢ ≤ W₋ᵢ(p) &lt; q) dp,
/// where each other member joins with probability p; the integrand is a polynomial of degree n − 1, so
/// Gauss–Legendre quadrature with ⌈n/2⌉ nodes is exact. Both are normalised to sum to 1.
/// </remarks>
public static class PowerIndex
{
    /// <summary>Normalised Banzhaf indices.</summary>
    /// <exception cref="ArgumentException">A weight is negative or the quota is not positive.</exception>
    public static double[] Banzhaf(IReadOnlyList<long> weights, long quota)
    {
        Check(weights, quota);
        var limit = (int)Math.Min(weights.Sum(), quota - 1);
        // Counts of coalitions by weight up to quota − 1, scaled by 1/2 per member so the numbers stay in range.
        var g = new double[limit + 1];
        g[0] = 1;
        foreach (var w in weights)
        {
            AddMember(g, (int)Math.Min(w, limit + 1L), 0.5, 0.5);
        }

        var swings = new double[weights.Count];
        var without = new double[limit + 1];
        for (var i = 0; i < weights.Count; i++)
        {
            var w = weights[i];
            if (w == 0)
            {
                continue;
            }

            RemoveMember(g, without, (int)Math.Min(w, limit + 1L), 0.5, 0.5);
            var from = Math.Max(0, quota - w);
            for (var k = from; k <= limit; k++)
            {
                swings[i] += without[k];
            }
        }

        return Normalise(swings);
    }

    /// <summary>Normalised Shapley–Shubik indices.</summary>
    /// <exception cref="ArgumentException">A weight is negative or the quota is not positive.</exception>
    public static double[] ShapleyShubik(IReadOnlyList<long> weights, long quota)
    {
        Check(weights, quota);
        var n = weights.Count;
        var total = weights.Sum();
        var (nodes, quadrature) = GaussLegendre((n + 2) / 2);
        var phi = new double[n];
        for (var j = 0; j < nodes.Length; j++)
        {
            var p = nodes[j];
            // Removing a member divides by the chance it stays out, which is unstable when that chance is small.
            // So for p > 1/2 count the members who stay out instead (they join with 1 − p): W₋ᵢ lies in
            // [q − wᵢ, q − 1] exactly when the weight of those outside lies in [T − wᵢ − q + 1, T − q].
            var complement = p > 0.5;
            var join = complement ? 1 - p : p;
            var limit = (int)Math.Min(total, complement ? total - quota : quota - 1);
            if (limit < 0)
            {
                continue;
            }

            var g = new double[limit + 1];
            var without = new double[limit + 1];
            g[0] = 1;
            foreach (var w in weights)
            {
                AddMember(g, (int)Math.Min(w, limit + 1L), join, 1 - join);
            }

            for (var i = 0; i < n; i++)
            {
                var w = weights[i];
                if (w == 0)
                {
                    continue;
                }

                RemoveMember(g, without, (int)Math.Min(w, limit + 1L), join, 1 - join);
                var from = complement ? Math.Max(0, total - w - quota + 1) : Math.Max(0, quota - w);
                var sum = 0.0;
                for (var k = from; k <= limit; k++)
                {
                    sum += without[k];
                }

                phi[i] += quadrature[j] * sum;
            }
        }

        return Normalise(phi);
    }

    /// <summary>g ← (1 − p)·g + p·g shifted by w: one more member that joins with probability p.</summary>
    private static void AddMember(double[] g, int w, double p, double q)
    {
        for (var k = g.Length - 1; k >= w; k--)
        {
            g[k] = (q * g[k]) + (p * g[k - w]);
        }

        for (var k = Math.Min(w, g.Length) - 1; k >= 0; k--)
        {
            g[k] *= q;
        }
    }

    /// <summary>Undoes <see cref="AddMember"/> for one member, into <paramref name="without"/>.</summary>
    /// <remarks>Forward from the bottom: h[k] = (g[k] − p·h[k − w]) / q, stable while the member joins with p ≤ 1/2.</remarks>
    private static void RemoveMember(double[] g, double[] without, int w, double p, double q)
    {
        for (var k = 0; k < g.Length; k++)
        {
            without[k] = (g[k] - (k >= w ? p * without[k - w] : 0)) / q;
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
                    (p1, p2) = ((((2.0 * j) - 1) * z * p1 - ((j - 1) * p2)) / j, p1);
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

        if (weights.Sum() > int.MaxValue)
        {
            throw new ArgumentException("total weight above 2³¹ is not supported", nameof(weights));
        }
    }
}
