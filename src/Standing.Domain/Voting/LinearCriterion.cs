using Standing.Domain.Admission.Rules;

namespace Standing.Domain.Voting;

/// <summary>An admission condition of the form a·yes − b·no − c·abstain ≥ t (or &gt; t), yes ≥ m, present ≥ q.</summary>
/// <remarks>
/// Every majority rule has this form: two thirds of the votes cast is 1·yes − 2·no ≥ 0; of those present,
/// 1·yes − 2·no − 2·abstain ≥ 0; of all N members, yes ≥ ⌈2N/3⌉. The exact engine works on the statistic
/// a·yes − b·no − c·abstain, which changes by a, −b, −c or 0 per member.
/// </remarks>
/// <param name="A">Weight of a yes vote.</param>
/// <param name="B">Weight of a no vote (subtracted).</param>
/// <param name="C">Weight of an abstention (subtracted).</param>
/// <param name="Threshold">t.</param>
/// <param name="Strict">Whether the statistic must exceed t rather than reach it.</param>
/// <param name="MinimumYes">The fewest yes votes that can pass (at least 1).</param>
/// <param name="Quorum">The fewest members present (yes, no or abstain), if a quorum applies.</param>
public sealed record LinearCriterion(int A, int B, int C, long Threshold, bool Strict, int MinimumYes, int? Quorum)
{
    /// <summary>Whether a tally meets the criterion.</summary>
    public bool IsMetBy(int yes, int no, int abstain)
    {
        var s = ((long)A * yes) - ((long)B * no) - ((long)C * abstain);
        return (Strict ? s > Threshold : s >= Threshold) && yes >= MinimumYes && (Quorum is null || yes + no + abstain >= Quorum);
    }

    /// <summary>The criterion of a majority rule in a body of <paramref name="members"/>, or null if it has none of this form.</summary>
    public static LinearCriterion? From(MajorityRule rule, int members)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var (n, d) = (rule.Fraction.Numerator, rule.Fraction.Denominator);
        var quorum = rule.Quorum is { } q ? (int?)q.Threshold(members, strict: false) : null;
        return rule.Base switch
        {
            MajorityBase.VotesCast when (rule.MinimumYes ?? 1) <= 1 => new(d - n, n, 0, 0, rule.Strict, 1, quorum),
            MajorityBase.Present when (rule.MinimumYes ?? 1) <= 1 => new(d - n, n, n, 0, rule.Strict, 1, quorum),
            MajorityBase.Members => new(1, 0, 0, Math.Max(Math.Max(rule.Fraction.Threshold(members, rule.Strict), 1), rule.MinimumYes ?? 0), false, 1, quorum),
            _ => null,
        };
    }
}
