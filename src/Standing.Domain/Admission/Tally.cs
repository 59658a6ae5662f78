using Standing.Domain.Entities;

namespace Standing.Domain.Admission;

/// <summary>How one member voted.</summary>
public enum VoteChoice
{
    /// <summary>In favour.</summary>
    Yes,

    /// <summary>Against.</summary>
    No,

    /// <summary>Present, abstaining.</summary>
    Abstain,

    /// <summary>Not present, or present and not voting.</summary>
    Absent,
}

/// <summary>One member's vote.</summary>
/// <param name="Member">The member.</param>
/// <param name="Choice">How it voted.</param>
public sealed record MemberVote(EntityCode Member, VoteChoice Choice);

/// <summary>The counts of a vote.</summary>
/// <remarks>
/// <see cref="Cast"/> is yes + no: the "votes cast" or "present and voting" of most statutes, which exclude
/// abstentions. <see cref="Present"/> adds abstentions; <see cref="Total"/> adds absentees.
/// </remarks>
/// <param name="Yes">Votes in favour.</param>
/// <param name="No">Votes against.</param>
/// <param name="Abstain">Abstentions.</param>
/// <param name="Absent">Members not voting.</param>
public sealed record Tally(int Yes, int No, int Abstain, int Absent)
{
    /// <summary>The most votes a tally may hold in all: far above any body's size or weight, and safe from overflow.</summary>
    public const long MaxVotes = 1_000_000_000;

    /// <summary>Yes plus no.</summary>
    public int Cast => checked(Yes + No);

    /// <summary>Yes, no and abstentions.</summary>
    public int Present => checked(Yes + No + Abstain);

    /// <summary>Every member, voting or not.</summary>
    public int Total => checked(Present + Absent);

    /// <summary>The count of one choice.</summary>
    public int Of(VoteChoice choice) => choice switch
    {
        VoteChoice.Yes => Yes,
        VoteChoice.No => No,
        VoteChoice.Abstain => Abstain,
        _ => Absent,
    };

    /// <summary>Counts member votes.</summary>
    public static Tally From(IEnumerable<MemberVote> votes)
    {
        var list = votes.ToList();
        return new(list.Count(v => v.Choice == VoteChoice.Yes), list.Count(v => v.Choice == VoteChoice.No),
            list.Count(v => v.Choice == VoteChoice.Abstain), list.Count(v => v.Choice == VoteChoice.Absent));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Yes} yes, {No} no, {Abstain} abstain, {Absent} absent";
}
