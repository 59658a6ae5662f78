using System.CommandLine;
using Standing.Answers;
using Standing.Cli.Output;
using Standing.Domain;
using Standing.Domain.Relations;

namespace Standing.Cli.Commands;

/// <summary><c>standing relations</c>: diplomatic relations, missions, travel documents, visas and vehicle plates in force on a date.</summary>
internal static class RelationsCommand
{
    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var kind = new Option<string?>("--kind") { Description = "diplomatic, mission, travel-document, visa or vehicle-plates" };
        kind.AcceptOnlyFromAmong([.. KebabNames.Of<RelationKind>().Keys]);
        var state = new Option<string?>("--state") { Description = "Only this state (code or name)" };
        var coverage = new Option<bool>("--coverage") { Description = "Instead, count the recorded rows and states per kind and value, over all dates (with --kind, of that kind only)" };
        var command = options.AddTo(new Command("relations", "List relations beyond recognition in force on a date") { kind, state, coverage });
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var code = parse.GetValue(state) is { } text ? Arguments.Entity(q.Registry, text, "--state").Code : (Domain.Entities.EntityCode?)null;
            var kindValue = parse.GetValue(kind) is { } k ? KebabNames.Of<RelationKind>()[k] : (RelationKind?)null;
            if (parse.GetValue(coverage))
            {
                if (code is not null)
                {
                    throw new UsageException("--coverage counts states, so it does not take --state");
                }

                Renderer.List(q.Output, q.Format, RelationsAnswer.Coverage(q.Question, kindValue), RelationsAnswer.CoverageColumns, $"relations of {q.Subject.Code} on record");
                return ExitCodes.Ok;
            }

            var rows = RelationsAnswer.For(q.Question, kindValue, code);
            Renderer.List(q.Output, q.Format, rows, RelationsAnswer.Columns, RelationsAnswer.Caption(q.Question, rows));
            return ExitCodes.Ok;
        });
        return command;
    }
}
