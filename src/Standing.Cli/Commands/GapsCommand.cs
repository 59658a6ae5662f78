using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;

namespace Standing.Cli.Commands;

/// <summary><c>standing gaps</c>: recognisers without relations, and non-recognisers with relations or accepting documents.</summary>
internal static class GapsCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var bloc = new Option<string?>("--bloc") { Description = "Only the members of this organisation on the date (e.g. EU, OIC)" };
        var command = options.AddTo(new Command("gaps", "List recognisers without relations, and non-recognisers with relations or accepting documents") { bloc });
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var rows = GapsAnswer.For(q.Question, parse.GetValue(bloc) is { } b ? Arguments.Organisation(b, "--bloc") : null);
            Renderer.List(q.Output, q.Format, rows, GapsAnswer.Columns, GapsAnswer.Caption(q.Question, rows));
            return ExitCodes.Ok;
        });
        return command;
    }
}
