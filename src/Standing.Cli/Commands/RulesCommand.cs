using System.CommandLine;
using System.Text.Json;
using Standing.Cli.Output;
using Standing.Data.Files;
using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;

namespace Standing.Cli.Commands;

/// <summary><c>standing rules [ID]</c>: each organisation's admission procedure, stage by stage, with its sources.</summary>
internal static class RulesCommand
{
    public sealed record StageRow(string Organisation, string Stage, string Body, int Rounds, string Kind, string Rule, string Source, string Cites);

    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var id = new Argument<string?>("id") { Description = "Organisation id (default: all)", Arity = ArgumentArity.ZeroOrOne };
        var command = options.AddTo(new Command("rules", "Show admission procedures stage by stage, with their sources") { id }, subject: false);
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var wanted = parse.GetValue(id) is { } text ? Arguments.Organisation(text, "id") : (Domain.Organisations.OrganisationId?)null;
            var procedures = q.Registry.Procedures.Where(p => wanted is null || p.Organisation == wanted).ToList();
            if (wanted is not null && procedures.Count == 0)
            {
                throw new UsageException($"id: no admission procedure for '{wanted}'; known: {string.Join(", ", q.Registry.Procedures.Select(p => p.Organisation))}");
            }

            switch (q.Format)
            {
                case OutputFormat.Json:
                    q.Output.WriteLine(JsonSerializer.Serialize(procedures, RuleJson.Options));
                    break;
                case OutputFormat.Csv:
                    Renderer.List(q.Output, q.Format, [.. procedures.SelectMany(Rows)],
                        [new("organisation", r => r.Organisation), new("stage", r => r.Stage), new("body", r => r.Body), new("rounds", r => r.Rounds),
                         new("kind", r => r.Kind), new("rule", r => r.Rule), new("source", r => r.Source), new("cites", r => r.Cites)]);
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

    private static IEnumerable<StageRow> Rows(AdmissionProcedure p) =>
        p.Stages.SelectMany(s => s.Rule.Flatten().Select(r => new StageRow(p.Organisation.Value, s.Id, s.Body, s.Rounds, r.Kind, r.Description, r.Source.Url, r.Source.Cites)));

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
