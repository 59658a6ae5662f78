using Standing.Domain.Voting;

namespace Standing.Domain.Tests.Voting;

/// <summary>The 196-member benchmark model, regenerated exactly.</summary>
internal static class Un196
{
    public static IReadOnlyList<MemberStance> Members(int n = 196)
    {
        var phi = (Math.Sqrt(5) - 1) / 2;
        return [.. Enumerable.Range(1, n).Select(i =>
        {
            var u = Frac(i * phi);
            var v = Frac(i * Math.Sqrt(2));
            var yes = 0.30 + (0.55 * u);
            var rest = 1 - yes;
            var no = rest * (0.2 + (0.6 * v));
            var abstain = 0.7 * (rest - no);
            return new MemberStance($"M{i:000}", yes, no, abstain, rest - no - abstain);
        })];
    }

    /// <summary>yes ≥ 2·no and yes + no ≥ 1: two thirds of the votes cast.</summary>
    public static readonly LinearCriterion TwoThirds = new(1, 2, 0, 0, false, 1, null);

    private static double Frac(double x) => x - Math.Floor(x);
}
