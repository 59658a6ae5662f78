using System.CommandLine;
using Standing.Cli.Output;
using Standing.Domain;
using Standing.Domain.Relations;

namespace Standing.Cli.Commands;

/// <summary><c>standing relations</c>: diplomatic relations, missions, travel documents and visas in force on a date.</summary>
internal static class RelationsCommand
{
    public sealed record Row(string Code, string Name, string Kind, string Value, string Since, string? Until, string? Detail, string Source);

    private static readonly Column<Row>[] Columns =
    [
        new("code", r => r.Code), new("name", r => r.Name), new("kind", r => r.Kind), new("value", r => r.Value),
        new("since", r => r.Since), new("until", r => r.Until), new("detail", r => r.Detail),
    ];

    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var kind = new Option<string?>("--kind") { Description = "diplomatic, mission, travel-document or visa" };
        kind.AcceptOnlyFromAmong([.. KebabNames.Of<RelationKind>().Keys]);
        var state = new Option<string?>("--state") { Description = "Only this state (code or name)" };
        var command = options.AddTo(new Command("relations", "List relations beyond recognition in force on a date") { kind, state });
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var code = parse.GetValue(state) is { } text ? Arguments.Entity(q.Registry, text, "--state").Code : (Domain.Entities.EntityCode?)null;
            var kindValue = parse.GetValue(kind) is { } k ? KebabNames.Of<RelationKind>()[k] : (RelationKind?)null;
            var rows = q.Registry.RelationsOn(q.Subject.Code, q.AsOf, kindValue, code)
                .Select(r => new Row(r.State.Value, q.Registry.Entity(r.State)?.Name ?? r.State.Value, r.Kind.ToKebab(), r.Value, r.Since.ToString(),
                    r.Period.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r.Detail, r.Source.Value))
                .ToList();
            Renderer.List(q.Output, q.Format, rows, Columns, $"{rows.Count} relations of {q.Subject.Code} in force on {q.AsOf:yyyy-MM-dd}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
