using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;

namespace Standing.Cli.Commands;

/// <summary><c>standing recognitions</c>: the states that recognise the subject on a date.</summary>
internal static class RecognitionsCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var command = options.AddTo(new Command("recognitions", "List the states that recognise the subject on a date"));
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var rows = RecognitionsAnswer.For(q.Question);
            Renderer.List(q.Output, q.Format, rows, RecognitionsAnswer.Columns, RecognitionsAnswer.Caption(q.Question, rows));
            return ExitCodes.Ok;
        });
        return command;
    }
}
