using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;

namespace Standing.Cli.Commands;

/// <summary><c>standing summary</c>: how many states recognise the subject on a date.</summary>
internal static class SummaryCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var command = options.AddTo(new Command("summary", "Count the subject's recognitions on a date"));
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            Renderer.Object(q.Output, q.Format, SummaryAnswer.For(q.Question), SummaryAnswer.Fields);
            return ExitCodes.Ok;
        });
        return command;
    }
}
