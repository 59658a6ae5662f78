using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;
using Standing.Domain;

namespace Standing.Cli.Commands;

/// <summary><c>standing admission --org ID</c>: where the subject's admission stands: stages passed, what is missing, blockers, moratoria.</summary>
internal static class AdmissionCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var org = new Option<string>("--org") { Description = "Organisation id", Required = true };
        var command = options.AddTo(new Command("admission", "Check where the subject's admission to an organisation stands") { org });
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var view = AdmissionAnswer.For(q.Question, Arguments.Organisation(parse.GetRequiredValue(org), "--org"));
            Renderer.Object(q.Output, q.Format, view, AdmissionAnswer.Fields, Write);

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter output, AdmissionAnswer.View v)
    {
        output.WriteLine($"{v.Subject} and {v.Organisation} on {v.AsOf:yyyy-MM-dd}: status {v.SubjectStatus}; " +
            (v.Missing.Count == 0 ? "every stage passed" : $"still missing: {string.Join(", ", v.Missing)}"));
        Renderer.List(output, OutputFormat.Table, v.Stages,
        [
            new("stage", s => s.Stage), new("rule", s => s.Rule), new("last vote", s => s.LastVote is { } l ? $"{l.Date:yyyy-MM-dd}: {l.Yes}-{l.No}-{l.Abstain}, {(l.Passed ? s.Lapses?.SpentOn is { } spent ? $"passed, spent {spent:yyyy-MM-dd}" : "passed" : $"failed ({l.Required} needed)")}" : "none"),
            new("recognising", s => s.Members is null ? "" : $"{s.Recognizing} of {s.Members}"), new("can block alone", s => s.Blockers),
        ]);
        foreach (var p in v.Prerequisites)
        {
            output.WriteLine($"{(p.Met switch { true => "met", false => "NOT MET", _ => "unknown" })}: {p.Description} ({p.Reason})");
        }
    }
}
