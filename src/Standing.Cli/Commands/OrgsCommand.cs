using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;
using Standing.Domain;

namespace Standing.Cli.Commands;

/// <summary><c>standing orgs</c>: the subject's standing in each organisation on a date.</summary>
internal static class OrgsCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var command = options.AddTo(new Command("orgs", "Show the subject's standing in each organisation on a date"));
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            Renderer.List(q.Output, q.Format, OrganisationsAnswer.For(q.Question), OrganisationsAnswer.Columns,
                $"Standing of {q.Subject.Code} on {q.AsOf:yyyy-MM-dd} (perspective {q.Perspective.ToKebab()})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
