using System.CommandLine;
using Standing.Cli.Charts;
using Standing.Answers;
using Standing.Cli.Output;
using Standing.Domain;

namespace Standing.Cli.Commands;

/// <summary><c>standing timeline</c>: recognitions and withdrawals by date with the running UN-member count, optionally drawn.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var from = QueryOptions.DateOption("--from", "First date to list, yyyy-mm-dd (default: the subject's declaration)");
        var to = QueryOptions.DateOption("--to", "Last date to list, yyyy-mm-dd (default: --as-of, else today)");
        var chart = new Option<FileInfo?>("--chart") { Description = "Also draw the UN-member count over time to this .png or .svg file" };
        var command = options.AddTo(new Command("timeline", "List recognition events by date with the running UN-member count") { from, to, chart });
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(chart);
            ChartFile.Check(file, "--chart");

            var q = await options.ReadAsync(parse, host, ct);
            var (start, end) = TimelineAnswer.Range(q.Question, parse.GetValue(from), parse.GetValue(to));
            Renderer.List(q.Output, q.Format, TimelineAnswer.For(q.Question, start, end), TimelineAnswer.Columns);
            if (file is not null)
            {
                TimelineChart.Save(q, start, end, file.FullName);
                await parse.InvocationConfiguration.Error.WriteLineAsync($"chart written to {file.FullName}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
