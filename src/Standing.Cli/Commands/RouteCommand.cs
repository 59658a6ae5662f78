using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;
using Standing.Domain;
using Standing.Domain.Cooperation;
using Standing.Domain.Organisations;

namespace Standing.Cli.Commands;

/// <summary><c>standing route --from ID --to ID</c>: every lawful channel for a police request on a date, best first.</summary>
internal static class RouteCommand
{
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
            var view = RoutesAnswer.For(q.Registry, ParseAgency(parse.GetRequiredValue(from), "--from"), ParseAgency(parse.GetRequiredValue(to), "--to"), day, parse.GetValue(type), joined);
            Renderer.Object(q.Output, q.Format, view, RoutesAnswer.Fields, Write);

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

    private static void Write(TextWriter output, RoutesAnswer.View v)
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
