using System.CommandLine;
using Standing.Cli.Charts;
using Standing.Cli.Output;
using Standing.Domain;

namespace Standing.Cli.Commands;

/// <summary><c>standing timeline</c>: recognitions and withdrawals by date with the running UN-member count, optionally drawn.</summary>
internal static class TimelineCommand
{
    public sealed record Row(string Date, string Code, string Name, string Event, bool UnMember, int UnCount, int TotalCount, string Source);

    private static readonly Column<Row>[] Columns =
    [
        new("date", r => r.Date), new("code", r => r.Code), new("name", r => r.Name), new("event", r => r.Event),
        new("UN member", r => r.UnMember), new("UN count", r => r.UnCount), new("total", r => r.TotalCount), new("source", r => r.Source),
    ];

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
            var start = parse.GetValue(from) ?? q.Subject.Declared;
            var end = parse.GetValue(to) ?? q.AsOf;
            if (end < start)
            {
                throw new UsageException($"--to: {end:yyyy-MM-dd} is before --from {start:yyyy-MM-dd}");
            }

            var points = q.Registry.Timeline(q.Subject.Code, start, end, q.Perspective);
            var rows = points.Select(p => new Row(p.Event.Date.ToString(), p.Event.State.Value, q.Registry.Entity(p.Event.State)?.Name ?? p.Event.State.Value,
                p.Event.Kind.ToKebab(), p.UnMember, p.UnCount, p.TotalCount, p.Event.Source.Value)).ToList();
            Renderer.List(q.Output, q.Format, rows, Columns);
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
