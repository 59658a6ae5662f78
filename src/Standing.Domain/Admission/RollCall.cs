using Standing.Domain.Entities;
using Standing.Domain.Sources;

namespace Standing.Domain.Admission;

/// <summary>What was cast in a vote and what of it was made public.</summary>
public enum Ballot
{
    /// <summary>Every member's vote is published: the roll call holds them all, and they add up to the tally.</summary>
    RollCall,

    /// <summary>Some members' votes are known (declared, or named by a source); the rest are not.</summary>
    Partial,

    /// <summary>Votes are cast by individuals (members of a parliamentary assembly) and published per national delegation.</summary>
    ByDelegation,

    /// <summary>A secret ballot: only the tally can ever be known.</summary>
    Secret,

    /// <summary>An open vote whose member-by-member result was not found.</summary>
    NotPublished,
}

/// <summary>How one member stood in a roll call; <see cref="NotVoting"/> is present and declining to take part.</summary>
public enum RollCallVote
{
    /// <summary>In favour.</summary>
    Yes,

    /// <summary>Against.</summary>
    No,

    /// <summary>Abstaining.</summary>
    Abstain,

    /// <summary>Not in the room, or recorded as not voting.</summary>
    Absent,

    /// <summary>Present and declared not to take part (counted as absent in a tally).</summary>
    NotVoting,
}

/// <summary>One member's vote in a recorded roll call.</summary>
/// <param name="Vote">The recorded vote's id.</param>
/// <param name="Member">The member.</param>
/// <param name="Cast">How it stood.</param>
/// <param name="Source">Where its vote is published.</param>
/// <param name="Note">Editor's note (a vote later said to be recorded wrongly, a member in arrears).</param>
public sealed record RollCallEntry(string Vote, EntityCode Member, RollCallVote Cast, SourceRef Source, string? Note = null)
{
    /// <summary>The choice as a tally counts it: not voting counts as absent.</summary>
    public VoteChoice Choice => Cast == RollCallVote.NotVoting ? VoteChoice.Absent : (VoteChoice)(int)Cast;
}

/// <summary>
/// How one member state's delegation voted in a body whose members vote as individuals. A count is null where the
/// source does not give it (reports often name who voted against and who abstained, but not who voted in favour).
/// </summary>
/// <param name="Vote">The recorded vote's id.</param>
/// <param name="Member">The delegation's state.</param>
/// <param name="Yes">Delegates in favour, when known.</param>
/// <param name="No">Delegates against, when known.</param>
/// <param name="Abstain">Delegates abstaining, when known.</param>
/// <param name="Source">Where the delegation's votes are published.</param>
/// <param name="Note">Editor's note.</param>
public sealed record DelegationVote(string Vote, EntityCode Member, int? Yes, int? No, int? Abstain, SourceRef Source, string? Note = null);
