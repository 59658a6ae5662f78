using System.CommandLine;
using Standing.Cli.Output;
using Standing.Domain;
using Standing.Domain.Cooperation;
using Standing.Domain.Organisations;

namespace Standing.Cli.Commands;

/// <summary><c>standing route --from ID --to ID</c>: every lawful channel for a police request on a date, best first.</summary>
internal static class RouteCommand
{
    public sealed record HopView(string From, string To, string Arrangement, string ArrangementName, string Basis, string Source);

    public sealed record RouteView(int Length, IReadOnlyList<string> Arrangements, string Rank, IReadOnlyList<HopView> Hops);

    public sealed record View(string From, string To, DateOnly On, string? Type, IReadOnlyList<string> AssumeJoined, IReadOnlyList<RouteView> Routes, string? Reason);

    private static readonly Column<View>[] Fields =
    [
        new("from", v => v.From), new("to", v => v.To), new("on", v => v.On), new("type", v => v.Type), new("routes", v => v.Routes.Count),
        new("best", v => v.Routes.Count > 0 && v.Routes[0] is { } r ? string.Join(" > ", r.Hops.Select(h => h.From).Append(r.Hops[^1].To)) : null),
        new("reason", v => v.Reason),
    ];

    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var from = new Option<string>("--from") { Description = "Sending agency (XKX-POLICE, EULEX, NCB-DEU, DEU-POLICE, ...)", Required = true };
        var to = new Option<string>("--to") { Description = "Receiving agency", Required = true };
        var on = QueryOptions.DateOption("--on", "Date of the request, yyyy-mm-dd (default: --as-of, else today)");
        var type = new Option<string?>("--type") { Description = $"Request type: {string.Join(", ", Arrangement.RequestTypes)}" };
        var assume = new Option<string[]>("--assume-joined")
        {
            Description = "What-if: treat Kosovo as having joined INTERPOL or EUROPOL by the date (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        assume.AcceptOnlyFromAmong("INTERPOL", "EUROPOL");
        var command = options.AddTo(new Command("route", "Find every lawful channel for a police request on a date") { from, to, on, type, assume }, subject: false);
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var day = parse.GetValue(on) ?? q.AsOf;
            var joined = (parse.GetValue(assume) ?? []).Select(o => new OrganisationId(o)).ToHashSet();
            var answer = q.Registry.Route(ParseAgency(parse.GetRequiredValue(from), "--from"), ParseAgency(parse.GetRequiredValue(to), "--to"), day, parse.GetValue(type), joined);
            var view = new View(answer.From.Value, answer.To.Value, answer.On, answer.Type, [.. joined.Select(j => j.Value)],
                [.. answer.Routes.Select((r, i) => new RouteView(r.Hops.Count, r.Arrangements, answer.RankReason(i),
                    [.. r.Hops.Select(h => new HopView(h.From.Value, h.To.Value, h.Arrangement.Id, h.Arrangement.Name, h.Arrangement.Basis, h.Arrangement.Source.Value))]))],
                answer.Reason);
            Renderer.Object(q.Output, q.Format, view, Fields, Write);

            return ExitCodes.Ok;
        });
        return command;
    }

    public static AgencyId ParseAgency(string text, string field)
    {
        try
        {
            return new AgencyId(text.Trim());
        }
        catch (ArgumentException)
        {
            throw new UsageException($"{field}: '{text}' is not an agency id");
        }
    }

    private static void Write(TextWriter output, View v)
    {
        output.WriteLine($"{v.From} to {v.To} on {v.On:yyyy-MM-dd}{(v.Type is null ? "" : $" ({v.Type})")}: " +
            (v.Routes.Count == 0 ? $"no lawful route: {v.Reason}" : $"{v.Routes.Count} route(s), best first"));
        foreach (var (route, i) in v.Routes.Select((r, i) => (r, i + 1)))
        {
            output.WriteLine($"  {i}. {string.Join(" > ", route.Hops.Select(h => h.From).Append(route.Hops[^1].To))}  ({route.Rank})");
            foreach (var hop in route.Hops)
            {
                output.WriteLine($"       {hop.From} > {hop.To}: {hop.ArrangementName} ({hop.Basis}) <{hop.Source}>");
            }
        }
    }
}
