namespace Standing.Domain.Voting;

/// <summary>One member's probabilities of voting yes, no, abstaining and being absent.</summary>
/// <remarks>The four probabilities are non-negative and sum to 1 (within 1e-9).</remarks>
public sealed record MemberStance
{
    /// <summary>Creates a stance.</summary>
    /// <exception cref="ArgumentException">A probability is negative or they do not sum to 1.</exception>
    public MemberStance(string member, double yes, double no, double abstain, double absent)
    {
        foreach (var (name, p) in new[] { ("yes", yes), ("no", no), ("abstain", abstain), ("absent", absent) })
        {
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentException($"{member}: p({name}) = {p} is not a probability", name);
            }
        }

        if (Math.Abs(yes + no + abstain + absent - 1) > 1e-9)
        {
            throw new ArgumentException($"{member}: probabilities sum to {yes + no + abstain + absent}, not 1", nameof(absent));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(member);
        (Member, Yes, No, Abstain, Absent) = (member, yes, no, abstain, absent);
    }

    /// <summary>The member's code (an entity code, or any id a model file uses).</summary>
    public string Member { get; }

    /// <summary>P(votes yes).</summary>
    public double Yes { get; }

    /// <summary>P(votes no).</summary>
    public double No { get; }

    /// <summary>P(abstains).</summary>
    public double Abstain { get; }

    /// <summary>P(absent or not voting).</summary>
    public double Absent { get; }

    /// <summary>This stance with one choice made certain.</summary>
    public MemberStance Certain(Admission.VoteChoice choice) => choice switch
    {
        Admission.VoteChoice.Yes => new(Member, 1, 0, 0, 0),
        Admission.VoteChoice.No => new(Member, 0, 1, 0, 0),
        Admission.VoteChoice.Abstain => new(Member, 0, 0, 1, 0),
        _ => new(Member, 0, 0, 0, 1),
    };
}
