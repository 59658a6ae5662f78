using Standing.Domain.Entities;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Domain.Organisations;

/// <summary>A state's status in an organisation.</summary>
public enum MembershipStatus
{
    /// <summary>A full member (OSCE: a participating State).</summary>
    Member,

    /// <summary>A member whose rights are suspended; still counted as a member.</summary>
    Suspended,

    /// <summary>An associate member.</summary>
    Associate,

    /// <summary>An observer.</summary>
    Observer,

    /// <summary>An applicant for membership.</summary>
    Applicant,
}

/// <summary>A continuous period of one status of one state in one organisation.</summary>
/// <remarks>
/// <see cref="Period"/> is half-open: the state holds the status from its start up to, not including, its end.
/// A period whose start is <see cref="DateOnly.MinValue"/> began before 2008 on a date not on record.
/// </remarks>
/// <param name="Organisation">The organisation.</param>
/// <param name="State">The state.</param>
/// <param name="Status">Its status.</param>
/// <param name="Period">When it held that status.</param>
/// <param name="Since">The start as precise as the source gives it; null when not on record.</param>
/// <param name="Source">Where it is stated.</param>
/// <param name="Note">Editor's note, if any.</param>
public sealed record Membership(
    OrganisationId Organisation,
    EntityCode State,
    MembershipStatus Status,
    DateRange Period,
    PartialDate? Since,
    SourceRef Source,
    string? Note = null)
{
    /// <summary>Whether the state counts as a member (full or suspended) on <paramref name="day"/>.</summary>
    public bool IsMemberOn(DateOnly day) =>
        Status is MembershipStatus.Member or MembershipStatus.Suspended && Period.Contains(day);
}
