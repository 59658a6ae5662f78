using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;

namespace Standing.Cli.Commands;

/// <summary><c>standing votes</c>: recorded votes, with Standing's verdict beside history's.</summary>
internal static class VotesCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var org = new Option<string?>("--org") { Description = "Only this organisation" };
        var subject = new Option<string?>("--subject") { Description = "Only votes on this applicant (code or name)" };
        var command = options.AddTo(new Command("votes", "List recorded votes with Standing's verdict beside history's") { org, subject }, subject: false);
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var rows = VotesAnswer.For(q.Registry, parse.GetValue(org) is { } o ? Arguments.Organisation(o, "--org") : null,
                parse.GetValue(subject) is { } s ? Arguments.Entity(q.Registry, s, "--subject").Code : null);
            Renderer.List(q.Output, q.Format, rows, VotesAnswer.Columns, VotesAnswer.Caption(rows));
            return ExitCodes.Ok;
        });
        return command;
    }
}
