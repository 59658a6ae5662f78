using System.CommandLine;
using System.Text.Json;
using Standing.Answers;
using Standing.Cli.Output;
using Standing.Data.Files;
using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;

namespace Standing.Cli.Commands;

/// <summary><c>standing rules [ID]</c>: each organisation's admission procedure, stage by stage, with its sources.</summary>
internal static class RulesCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var id = new Argument<string?>("id") { Description = "Organisation id (default: all)", Arity = ArgumentArity.ZeroOrOne };
        var command = options.AddTo(new Command("rules", "Show admission procedures stage by stage, with their sources") { id }, subject: false);
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var wanted = parse.GetValue(id) is { } text ? Arguments.Organisation(text, "id") : (Domain.Organisations.OrganisationId?)null;
            IReadOnlyList<AdmissionProcedure> procedures;
            try
            {
                procedures = RulesAnswer.Procedures(q.Registry, wanted);
            }
            catch (AnswerInputException e)
            {
                throw new UsageException($"id: {e.Problem}");
            }

            switch (q.Format)
            {
                case OutputFormat.Json:
                    q.Output.WriteLine(JsonSerializer.Serialize(procedures, RuleJson.Options));
                    break;
                case OutputFormat.Csv:
                    Renderer.List(q.Output, q.Format, RulesAnswer.Rows(procedures), RulesAnswer.Columns);
                    break;
                default:
                    foreach (var p in procedures)
                    {
                        Describe(q.Output, p);
                    }

                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Describe(TextWriter output, AdmissionProcedure p)
    {
        output.WriteLine($"{p.Organisation}: {p.Title}");
        if (p.Summary is { Length: > 0 } summary)
        {
            output.WriteLine($"  {summary}");
        }

        foreach (var (s, i) in p.Stages.Select((s, i) => (s, i + 1)))
        {
            output.WriteLine($"  {i}. {s.Id} ({s.Body}{(s.Rounds > 1 ? $", up to {s.Rounds} rounds" : "")}): {s.Description}");
            foreach (var r in s.Rule.Flatten())
            {
                output.WriteLine($"     rule {r.Id} [{r.Kind}]: {r.Description} — {r.Source.Cites} <{r.Source.Url}>");
            }

            foreach (var reading in s.Readings ?? [])
            {
                output.WriteLine($"     other reading {reading.Id}: {reading.Description} <{reading.Source.Url}>");
            }
        }

        foreach (var pre in p.Prerequisites ?? [])
        {
            output.WriteLine($"  prerequisite{(pre.Binding ? "" : " (practice)")}: {pre.Description} — {pre.Source.Cites} <{pre.Source.Url}>");
        }

        foreach (var source in p.Sources)
        {
            output.WriteLine($"  source: {source.Cites} <{source.Url}>");
        }

        output.WriteLine();
    }
}
