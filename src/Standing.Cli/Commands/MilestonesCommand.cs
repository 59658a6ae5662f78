using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;

namespace Standing.Cli.Commands;

/// <summary><c>standing milestones</c>: recognition counts that sources quote, beside what the data counts on the same date.</summary>
internal static class MilestonesCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var command = options.AddTo(new Command("milestones", "Compare recognition counts quoted by sources with the data's counts"));
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            Renderer.List(q.Output, q.Format, MilestonesAnswer.For(q.Question), MilestonesAnswer.Columns, MilestonesAnswer.Caption);
            return ExitCodes.Ok;
        });
        return command;
    }
}
