using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Sources;
using Standing.Domain.Time;

namespace Standing.Domain.Cooperation;

/// <summary>One end of a link: an agency, or a pattern standing for many (<c>NCB-*</c>, <c>*-POLICE@EU</c>).</summary>
/// <remarks>
/// A pattern's <c>*</c> is a state's code. <c>NCB-*</c> stands for the NCB of every Interpol member on the date;
/// <c>*-POLICE@ORG</c> for the police of every member of ORG on the date; <c>*-POLICE</c> for any state's police.
/// </remarks>
public sealed record LinkEnd(AgencyId? Agency, string Prefix, string Suffix, OrganisationId? MemberOf)
{
    /// <summary>Interpol, whose members have National Central Bureaus.</summary>
    public static readonly OrganisationId Interpol = new("INTERPOL");

    /// <summary>Whether this end is a pattern.</summary>
    public bool IsPattern => Agency is null;

    /// <summary>Parses an end as written in arrangements.csv.</summary>
    /// <exception cref="ArgumentException">The text is neither an agency id nor a pattern.</exception>
    public static LinkEnd Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var (body, org) = text.Split('@') is [var b, var o] ? (b, new OrganisationId(o)) : (text, (OrganisationId?)null);
        var star = body.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return org is null ? new LinkEnd(new AgencyId(body), "", "", null) : throw new ArgumentException($"'{text}': only a pattern can name an organisation");
        }

        var (prefix, suffix) = (body[..star].ToUpperInvariant(), body[(star + 1)..].ToUpperInvariant());
        if (prefix == AgencyId.NcbPrefix && suffix.Length == 0)
        {
            return new LinkEnd(null, prefix, suffix, org ?? Interpol);
        }

        return prefix.Length == 0 && suffix == AgencyId.PoliceSuffix
            ? new LinkEnd(null, prefix, suffix, org)
            : throw new ArgumentException($"'{text}' is not an agency id or a pattern (NCB-*, *-POLICE, *-POLICE@ORG)");
    }

    /// <summary>The agency this end stands for in the state <paramref name="state"/>.</summary>
    public AgencyId For(EntityCode state) => Agency ?? new AgencyId($"{Prefix}{state.Value}{Suffix}");

    /// <summary>Whether <paramref name="id"/> fits this end, and for a pattern, whose state it is.</summary>
    public bool Matches(AgencyId id, out EntityCode? state)
    {
        state = null;
        if (Agency is { } a)
        {
            return a == id;
        }

        if (id.Country is { } c && For(c) == id)
        {
            state = c;
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Agency?.Value ?? $"{Prefix}*{Suffix}{(MemberOf is { } o && !(Prefix == AgencyId.NcbPrefix && o == Interpol) ? $"@{o}" : "")}";
}

/// <summary>A connection an arrangement makes between two ends, one way or both.</summary>
/// <remarks>A <c>*</c> on both ends stands for the same state: <c>NCB-*&lt;&gt;*-POLICE</c> joins each NCB to its own police.</remarks>
public sealed record Link(LinkEnd From, LinkEnd To, bool BothWays)
{
    /// <summary>Parses <c>A&lt;&gt;B</c> (both ways) or <c>A&gt;B</c> (one way).</summary>
    /// <exception cref="ArgumentException">The text is not a link.</exception>
    public static Link Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var both = text.Split("<>");
        if (both.Length == 2)
        {
            return new Link(LinkEnd.Parse(both[0].Trim()), LinkEnd.Parse(both[1].Trim()), true);
        }

        var one = text.Split('>');
        return one.Length == 2
            ? new Link(LinkEnd.Parse(one[0].Trim()), LinkEnd.Parse(one[1].Trim()), false)
            : throw new ArgumentException($"'{text}' is not a link: write A<>B or A>B");
    }

    /// <inheritdoc />
    public override string ToString() => $"{From}{(BothWays ? "<>" : ">")}{To}";
}

/// <summary>An agreement, protocol, desk or network that lets requests pass between agencies for a time.</summary>
/// <remarks><see cref="Period"/> is half-open, like memberships. An empty <see cref="Scope"/> covers every request type.</remarks>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">network, protocol, desk, working-arrangement, bilateral, liaison or national.</param>
/// <param name="Links">The connections it makes.</param>
/// <param name="Basis">Its legal basis, in words.</param>
/// <param name="Scope">The request types it covers; empty for all.</param>
/// <param name="Period">When it is in force.</param>
/// <param name="Since">The start as precise as the source gives it.</param>
/// <param name="Source">Where it is stated.</param>
/// <param name="Note">Editor's note.</param>
public sealed record Arrangement(
    string Id, string Name, string Kind, IReadOnlyList<Link> Links, string Basis, IReadOnlySet<string> Scope, DateRange Period,
    PartialDate? Since, SourceRef Source, string? Note = null)
{
    /// <summary>The request types arrangements may name.</summary>
    public static readonly IReadOnlySet<string> RequestTypes =
        new HashSet<string>(["information", "wanted-person", "missing-person", "operational"], StringComparer.Ordinal);

    /// <summary>Whether it is in force on <paramref name="day"/> and covers <paramref name="type"/> (null: any).</summary>
    public bool Allows(DateOnly day, string? type) => Period.Contains(day) && (type is null || Scope.Count == 0 || Scope.Contains(type));
}

/// <summary>Requests received and sent through one channel in one year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Channel">The channel (<c>INTERPOL</c>, <c>EUROPOL</c>, <c>SRB-PROTOCOL</c>, ...).</param>
/// <param name="Requests">The number of requests.</param>
/// <param name="Until">The last day counted, when the year is partial.</param>
/// <param name="Source">Where the figure is published.</param>
/// <param name="Note">Editor's note.</param>
public sealed record RequestCount(int Year, string Channel, int Requests, DateOnly? Until, SourceRef Source, string? Note = null);

/// <summary>An operation or training that used the channels.</summary>
/// <param name="Date">When.</param>
/// <param name="Kind"><c>operation</c> or <c>training</c>.</param>
/// <param name="Title">A short title.</param>
/// <param name="Detail">What happened.</param>
/// <param name="Channels">The channels involved.</param>
/// <param name="Source">Where it is reported.</param>
public sealed record CooperationEvent(PartialDate Date, string Kind, string Title, string Detail, IReadOnlyList<string> Channels, SourceRef Source);
