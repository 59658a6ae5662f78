using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Charts;
using Standing.Cli.Output;

namespace Standing.Cli.Commands;

/// <summary><c>standing channels</c>: the cooperation arrangements in force; <c>channels stats</c>: requests per channel and year.</summary>
internal static class ChannelsCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var on = QueryOptions.DateOption("--on", "Show the arrangements in force on this date (default: --as-of, else today)");
        var command = options.AddTo(new Command("channels", "List the police-cooperation arrangements in force on a date") { on }, subject: false);
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var day = parse.GetValue(on) ?? q.AsOf;
            var rows = ChannelsAnswer.On(q.Registry, day);
            Renderer.List(q.Output, q.Format, rows, ChannelsAnswer.Columns, $"{rows.Count} arrangements in force on {day:yyyy-MM-dd}");
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
            Renderer.List(q.Output, q.Format, ChannelsAnswer.Statistics(q.Registry), ChannelsAnswer.StatColumns, ChannelsAnswer.StatsCaption);
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
