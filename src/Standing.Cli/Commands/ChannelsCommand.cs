using System.CommandLine;
using Standing.Cli.Charts;
using Standing.Cli.Output;

namespace Standing.Cli.Commands;

/// <summary><c>standing channels</c>: the cooperation arrangements in force; <c>channels stats</c>: requests per channel and year.</summary>
internal static class ChannelsCommand
{
    public sealed record Row(string Id, string Name, string Kind, IReadOnlyList<string> Links, string Basis, string Scope, string? Since, string? Until, string Source);

    public sealed record StatRow(int Year, string Channel, int Requests, double Share, double? Growth, DateOnly? Until, string Source);

    private static readonly Column<Row>[] Columns =
    [
        new("id", r => r.Id), new("name", r => r.Name), new("links", r => r.Links), new("scope", r => r.Scope),
        new("since", r => r.Since), new("until", r => r.Until),
    ];

    private static readonly Column<StatRow>[] StatColumns =
    [
        new("year", r => r.Year), new("channel", r => r.Channel), new("requests", r => r.Requests),
        new("share", r => $"{r.Share:P1}"), new("growth", r => r.Growth is { } g ? $"{g:+0.0%;-0.0%}" : ""), new("until", r => r.Until),
    ];

    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var on = QueryOptions.DateOption("--on", "Show the arrangements in force on this date (default: --as-of, else today)");
        var command = options.AddTo(new Command("channels", "List the police-cooperation arrangements in force on a date") { on }, subject: false);
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var day = parse.GetValue(on) ?? q.AsOf;
            var rows = q.Registry.ArrangementsOn(day).Select(a => new Row(a.Id, a.Name, a.Kind, [.. a.Links.Select(l => l.ToString())], a.Basis,
                a.Scope.Count == 0 ? "all" : string.Join(";", a.Scope.Order(StringComparer.Ordinal)), a.Since?.ToString(),
                a.Period.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Source.Value)).ToList();
            Renderer.List(q.Output, q.Format, rows, Columns, $"{rows.Count} arrangements in force on {day:yyyy-MM-dd}");
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(Stats(host));
        return command;
    }

    private static Command Stats(CliHost host)
    {
        var options = new QueryOptions();
        var chart = new Option<FileInfo?>("--chart") { Description = "Also draw requests per channel and year to this .png or .svg file" };
        var command = options.AddTo(new Command("stats", "Requests per channel and year, with shares and growth") { chart }, subject: false);
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(chart);
            ChartFile.Check(file, "--chart");

            var q = await options.ReadAsync(parse, host, ct);
            var rows = q.Registry.ChannelStatistics()
                .Select(s => new StatRow(s.Count.Year, s.Count.Channel, s.Count.Requests, Math.Round(s.Share, 4), s.Growth is { } g ? Math.Round(g, 4) : null, s.Count.Until, s.Count.Source.Value))
                .ToList();
            Renderer.List(q.Output, q.Format, rows, StatColumns, "requests received and sent per channel; growth against the channel's previous year");
            if (file is not null)
            {
                ChannelsChart.Save(q.Registry, file.FullName);
                await parse.InvocationConfiguration.Error.WriteLineAsync($"chart written to {file.FullName}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
