using Standing.Domain.Cooperation;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Time;

namespace Standing.Domain;

/// <summary>One step of a route: a request passes from one agency to another under an arrangement.</summary>
/// <param name="From">The sending agency.</param>
/// <param name="To">The receiving agency.</param>
/// <param name="Arrangement">The arrangement that allows it.</param>
public sealed record Hop(AgencyId From, AgencyId To, Arrangement Arrangement);

/// <summary>A lawful way for a request to travel, hop by hop.</summary>
/// <param name="Hops">The hops, in order.</param>
public sealed record Route(IReadOnlyList<Hop> Hops)
{
    /// <summary>The distinct arrangements the route relies on.</summary>
    public IReadOnlyList<string> Arrangements => [.. Hops.Select(h => h.Arrangement.Id).Distinct()];
}

/// <summary>The answer to "how can a request go from here to there on this date?".</summary>
/// <param name="From">The sending agency.</param>
/// <param name="To">The receiving agency.</param>
/// <param name="On">The date.</param>
/// <param name="Type">The request type, if one was given.</param>
/// <param name="Routes">Every lawful route, best first (fewest hops, then fewest arrangements).</param>
/// <param name="Reason">Why there is none, when there is none.</param>
public sealed record RouteAnswer(AgencyId From, AgencyId To, DateOnly On, string? Type, IReadOnlyList<Route> Routes, string? Reason)
{
    /// <summary>Why route <paramref name="index"/> (from 0) stands where it does in <see cref="Routes"/>, in words.</summary>
    public string RankReason(int index)
    {
        var route = Routes[index];
        var (hops, arrangements) = (route.Hops.Count, route.Arrangements.Count);
        var counts = $"{hops} hop{(hops == 1 ? "" : "s")} under {arrangements} arrangement{(arrangements == 1 ? "" : "s")}";
        if (index == 0)
        {
            return $"{counts}: the fewest hops of any lawful route{(Routes.Count > 1 && Routes[1].Hops.Count == hops ? ", and the fewest arrangements among them" : "")}";
        }

        var before = Routes[index - 1];
        return before.Hops.Count < hops ? $"{counts}: {hops - Routes[0].Hops.Count} hop(s) more than route 1; every extra hop is another agency to pass through"
            : before.Arrangements.Count < arrangements ? $"{counts}: as many hops as route {index}, but relies on more arrangements"
            : $"{counts}: as short as route {index}; listed after it by the agencies' names";
    }
}

/// <summary>Requests through one channel in one year, with its share of the year and its growth.</summary>
/// <param name="Count">The recorded count.</param>
/// <param name="Share">The channel's share of all requests that year (0..1).</param>
/// <param name="Growth">The change against the channel's previous year (0.5 is +50%); null for the first year and where either year is partial.</param>
public sealed record ChannelYear(RequestCount Count, double Share, double? Growth);

/// <summary>Bad input to a cooperation query, naming the field at fault.</summary>
/// <param name="field">The field (<c>from</c>, <c>to</c>, <c>type</c>).</param>
/// <param name="message">What is wrong.</param>
public sealed class CooperationInputException(string field, string message) : ArgumentException($"{field}: {message}", field)
{
    /// <summary>The field and what is wrong with it, without the parameter suffix <see cref="ArgumentException"/> adds.</summary>
    public override string Message { get; } = $"{field}: {message}";

    /// <summary>The field at fault, in neutral terms (<c>round</c>, <c>yes/no/abstain</c>, <c>organisation</c>): each edge names it its own way.</summary>
    public string Field { get; } = field;

    /// <summary>What is wrong, without the field.</summary>
    public string Problem { get; } = message;
}

public sealed partial class Registry
{
    /// <summary>The longest route searched, in hops.</summary>
    public const int MaxHops = 4;

    /// <summary>The named agencies (NCBs and national police are derived, not listed).</summary>
    public IReadOnlyList<Agency> Agencies => _agencies.Value;

    /// <summary>Every cooperation arrangement, in data order.</summary>
    public IReadOnlyList<Arrangement> Arrangements => _arrangements.Value;

    /// <summary>Request statistics per channel and year.</summary>
    public IReadOnlyList<RequestCount> RequestCounts => _requestCounts.Value;

    /// <summary>Operations and trainings, by date.</summary>
    public IReadOnlyList<CooperationEvent> CooperationEvents => _cooperationEvents.Value;

    /// <summary>The arrangements in force on <paramref name="day"/>.</summary>
    public IEnumerable<Arrangement> ArrangementsOn(DateOnly day) => Arrangements.Where(a => a.Period.Contains(day));

    /// <summary>
    /// Every lawful route from <paramref name="from"/> to <paramref name="to"/> on <paramref name="day"/>, using only
    /// arrangements in force that cover <paramref name="type"/>; or none, with the reason.
    /// </summary>
    /// <param name="from">The sending agency.</param>
    /// <param name="to">The receiving agency.</param>
    /// <param name="day">The date of the request.</param>
    /// <param name="type">The request type, or null for any.</param>
    /// <param name="assumeJoined">What-if: organisations the subject (Kosovo) is taken to have joined by the date
    /// (INTERPOL gives it a National Central Bureau; EUROPOL a direct liaison).</param>
    /// <exception cref="CooperationInputException">An agency or request type is unknown.</exception>
    public RouteAnswer Route(AgencyId from, AgencyId to, DateOnly day, string? type = null, IReadOnlySet<OrganisationId>? assumeJoined = null)
    {
        if (type is not null && !Arrangement.RequestTypes.Contains(type))
        {
            throw new CooperationInputException("type", $"'{type}' is not a request type; use one of {string.Join(", ", Arrangement.RequestTypes)}");
        }

        CheckKnown(from, "from");
        CheckKnown(to, "to");
        var network = new Network(this, day, type, assumeJoined ?? new HashSet<OrganisationId>(), checkDates: true);
        foreach (var (id, field) in new[] { (from, "from"), (to, "to") })
        {
            if (network.Missing(id) is { } why)
            {
                return new RouteAnswer(from, to, day, type, [], $"{field} {why}");
            }
        }

        var routes = network.Routes(from, to);
        return new RouteAnswer(from, to, day, type, routes, routes.Count > 0 ? null : NoRouteReason(from, to, day, type, assumeJoined));
    }

    /// <summary>Requests per channel and year, with each channel's share of its year and its growth on the year before.</summary>
    public IReadOnlyList<ChannelYear> ChannelStatistics()
    {
        var totals = RequestCounts.GroupBy(c => c.Year).ToDictionary(g => g.Key, g => g.Sum(c => c.Requests));
        return [.. RequestCounts.OrderBy(c => c.Year).ThenBy(c => c.Channel, StringComparer.Ordinal).Select(c =>
        {
            var previous = RequestCounts.FirstOrDefault(p => p.Channel == c.Channel && p.Year == c.Year - 1);
            // Growth compares whole years only: a partial year (2021 until 9 November) against a whole one misleads.
            return new ChannelYear(c, totals[c.Year] == 0 ? 0 : (double)c.Requests / totals[c.Year],
                previous is { Requests: > 0, Until: null } && c.Until is null ? ((double)c.Requests / previous.Requests) - 1 : null);
        })];
    }

    private void CheckKnown(AgencyId id, string field)
    {
        var known = Agencies.Any(a => a.Id == id) || (id.Country is { } c && _entities.Value.ContainsKey(c));
        if (!known)
        {
            throw new CooperationInputException(field, $"unknown agency '{id}'; named agencies: {string.Join(", ", Agencies.Select(a => a.Id))}, or NCB-<ISO3>, <ISO3>-POLICE");
        }
    }

    private string NoRouteReason(AgencyId from, AgencyId to, DateOnly day, string? type, IReadOnlySet<OrganisationId>? assumeJoined)
    {
        var anyDate = new Network(this, day, type, assumeJoined ?? new HashSet<OrganisationId>(), checkDates: false).Routes(from, to);
        if (anyDate.Count > 0)
        {
            var outOfForce = anyDate.Take(3).SelectMany(r => r.Hops).Select(h => h.Arrangement).Distinct().Where(a => !a.Period.Contains(day))
                .Select(a => $"{a.Name} ({a.Period})");
            return $"no arrangement in force on {day:yyyy-MM-dd} connects them; routes exist at other dates through: {string.Join("; ", outOfForce)}";
        }

        return type is not null && new Network(this, day, null, assumeJoined ?? new HashSet<OrganisationId>(), checkDates: false).Routes(from, to).Count > 0
            ? $"no arrangement covers '{type}' requests between them"
            : "no arrangement connects them at any date";
    }

    /// <summary>The agencies and links in force on one date, searched for simple paths.</summary>
    private sealed class Network
    {
        private const int MaxRoutes = 12;
        private readonly Registry _registry;
        private readonly DateOnly _day;
        private readonly List<Arrangement> _arrangements;
        private readonly Dictionary<OrganisationId, HashSet<EntityCode>> _members = [];
        private readonly IReadOnlySet<OrganisationId> _assumed;

        public Network(Registry registry, DateOnly day, string? type, IReadOnlySet<OrganisationId> assumed, bool checkDates)
        {
            (_registry, _day, _assumed) = (registry, day, assumed);
            _arrangements = [.. registry.Arrangements.Where(a => checkDates ? a.Allows(day, type) : a.Allows(a.Period.Start, type))];
            if (assumed.Contains(new OrganisationId("EUROPOL")))
            {
                // What-if: a Kosovo liaison at Europol, as member states and partners with an operational agreement have.
                _arrangements.Add(new Arrangement("what-if-europol", "Kosovo's own liaison to Europol (what-if)", "liaison",
                    [new Link(new LinkEnd(AgencyId.Police(EntityCode.Kosovo), "", "", null), new LinkEnd(new AgencyId("EUROPOL"), "", "", null), true)],
                    "hypothetical", new HashSet<string>(), new DateRange(DateOnly.MinValue, null), null, new("unverified")));
            }
        }

        /// <summary>Why an agency does not exist on the date, or null when it does.</summary>
        public string? Missing(AgencyId id) =>
            id.IsNcb && !IsMember(LinkEnd.Interpol, id.Country!.Value)
                ? $"{id} does not exist on {_day:yyyy-MM-dd}: {id.Country} is not an Interpol member"
                : null;

        public List<Route> Routes(AgencyId from, AgencyId to)
        {
            var found = new List<Route>();
            var path = new List<Hop>();
            var visited = new HashSet<AgencyId> { from };
            Search(from);
            // The same agencies in the same order under different arrangements are one route: keep the one that
            // relies on the fewest arrangements (one desk's own links rather than a mix with another protocol's).
            return [.. found.GroupBy(r => string.Join(">", r.Hops.Select(h => h.To.Value)), StringComparer.Ordinal)
                .Select(g => g.OrderBy(r => r.Arrangements.Count).ThenBy(r => string.Join(",", r.Arrangements), StringComparer.Ordinal).First())
                .OrderBy(r => r.Hops.Count).ThenBy(r => r.Arrangements.Count)
                .ThenBy(r => string.Join(">", r.Hops.Select(h => h.To.Value)), StringComparer.Ordinal).Take(MaxRoutes)];

            void Search(AgencyId at)
            {
                foreach (var (next, arrangement) in Neighbours(at))
                {
                    if (visited.Contains(next))
                    {
                        continue;
                    }

                    path.Add(new Hop(at, next, arrangement));
                    if (next == to)
                    {
                        found.Add(new Route([.. path]));
                    }
                    else if (path.Count < MaxHops)
                    {
                        visited.Add(next);
                        Search(next);
                        visited.Remove(next);
                    }

                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        private IEnumerable<(AgencyId Next, Arrangement Arrangement)> Neighbours(AgencyId at)
        {
            foreach (var arrangement in _arrangements)
            {
                foreach (var link in arrangement.Links)
                {
                    foreach (var next in Across(link.From, link.To, at))
                    {
                        yield return (next, arrangement);
                    }

                    if (link.BothWays)
                    {
                        foreach (var next in Across(link.To, link.From, at))
                        {
                            yield return (next, arrangement);
                        }
                    }
                }
            }
        }

        /// <summary>The agencies reached from <paramref name="at"/> when it fits <paramref name="near"/>.</summary>
        private IEnumerable<AgencyId> Across(LinkEnd near, LinkEnd far, AgencyId at)
        {
            if (!near.Matches(at, out var state) || (state is { } s && near.MemberOf is { } o && !IsMember(o, s)))
            {
                return [];
            }

            if (!far.IsPattern)
            {
                return [far.Agency!.Value];
            }

            // A '*' on both ends is the same state; otherwise the far end stands for every state it allows.
            if (near.IsPattern && state is { } bound)
            {
                return far.MemberOf is { } org && !IsMember(org, bound) ? [] : [far.For(bound)];
            }

            return far.MemberOf is { } members ? Members(members).Select(far.For) : [];
        }

        private bool IsMember(OrganisationId org, EntityCode state) =>
            Members(org).Contains(state);

        private HashSet<EntityCode> Members(OrganisationId org)
        {
            if (!_members.TryGetValue(org, out var members))
            {
                members = _registry.MembersOn(org, _day).ToHashSet();
                if (_assumed.Contains(org))
                {
                    members.Add(EntityCode.Kosovo);
                }

                _members[org] = members;
            }

            return members;
        }
    }
}
