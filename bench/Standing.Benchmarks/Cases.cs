using Standing.Domain.Voting;

namespace Standing.Benchmarks;

/// <summary>The benchmark cases, regenerated exactly as the issue defines them.</summary>
public static class Cases
{
    /// <summary>196 members: u = frac(i·(√5−1)/2), v = frac(i·√2); p_yes = 0.30 + 0.55u; p_no = (1 − p_yes)(0.2 + 0.6v); p_abstain = 0.7(1 − p_yes − p_no).</summary>
    public static IReadOnlyList<MemberStance> Un196()
    {
        var phi = (Math.Sqrt(5) - 1) / 2;
        return [.. Enumerable.Range(1, 196).Select(i =>
        {
            var u = (i * phi) - Math.Floor(i * phi);
            var v = (i * Math.Sqrt(2)) - Math.Floor(i * Math.Sqrt(2));
            var yes = 0.30 + (0.55 * u);
            var rest = 1 - yes;
            var no = rest * (0.2 + (0.6 * v));
            var abstain = 0.7 * (rest - no);
            return new MemberStance($"M{i:000}", yes, no, abstain, rest - no - abstain);
        })];
    }

    /// <summary>190 weights w_i = 750 + floor(165000 / i^1.1), total 912 743.</summary>
    public static long[] Imf190() => [.. Enumerable.Range(1, 190).Select(i => 750L + (long)Math.Floor(165000 / Math.Pow(i, 1.1)))];

    /// <summary>The 27 EU populations from data/rules/weights/EU-population.csv (Eurostat, 1 January 2024).</summary>
    public static long[] EuPopulation2024()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "data", "rules", "weights", "EU-population.csv");
            if (File.Exists(file))
            {
                return [.. File.ReadLines(file).Skip(1).Where(l => l.Length > 0).Select(l => long.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture))];
            }
        }

        throw new FileNotFoundException("data/rules/weights/EU-population.csv not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Throws unless <paramref name="actual"/> is within <paramref name="tolerance"/> of <paramref name="expected"/>.</summary>
    public static void Check(string what, double expected, double actual, double tolerance)
    {
        if (Math.Abs(expected - actual) > tolerance)
        {
            throw new InvalidOperationException($"{what}: expected {expected}, got {actual}");
        }
    }
}
