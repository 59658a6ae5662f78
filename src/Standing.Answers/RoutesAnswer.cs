using Standing.Domain;
using Standing.Domain.Cooperation;
using Standing.Domain.Organisations;

namespace Standing.Answers;

/// <summary>Every lawful channel for a police request on a date, best first, each saying why it stands where it does.</summary>
public static class RoutesAnswer
{
    public sealed record HopView(string From, string To, string Arrangement, string ArrangementName, string Basis, string Source);

    public sealed record RouteView(int Length, IReadOnlyList<string> Arrangements, string Rank, IReadOnlyList<HopView> Hops);

    public sealed record View(string From, string To, DateOnly On, string? Type, IReadOnlyList<string> AssumeJoined, IReadOnlyList<RouteView> Routes, string? Reason);

    public static readonly IReadOnlyList<Column<View>> Fields =
    [
        new("from", v => v.From), new("to", v => v.To), new("on", v => v.On), new("type", v => v.Type), new("routes", v => v.Routes.Count),
        new("best", v => v.Routes.Count > 0 && v.Routes[0] is { } r ? string.Join(" > ", r.Hops.Select(h => h.From).Append(r.Hops[^1].To)) : null),
        new("reason", v => v.Reason),
    ];

    /// <exception cref="CooperationInputException">An agency or the request type is unknown.</exception>
    public static View For(Registry registry, AgencyId from, AgencyId to, DateOnly day, string? type, IReadOnlySet<OrganisationId> assumeJoined)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(assumeJoined);
        var answer = registry.Route(from, to, day, type, assumeJoined);
        return new View(answer.From.Value, answer.To.Value, answer.On, answer.Type, [.. assumeJoined.Select(j => j.Value)],
            [.. answer.Routes.Select((r, i) => new RouteView(r.Hops.Count, r.Arrangements, answer.RankReason(i),
                [.. r.Hops.Select(h => new HopView(h.From.Value, h.To.Value, h.Arrangement.Id, h.Arrangement.Name, h.Arrangement.Basis, h.Arrangement.Source.Value))]))],
            answer.Reason);
    }
}
