using System.CommandLine;
using System.Globalization;
using Standing.Cli.Output;
using Standing.Domain;
using Standing.Domain.Entities;
using Standing.Domain.Relations;

namespace Standing.Cli.Commands;

/// <summary><c>standing relations</c>: diplomatic relations, missions, travel documents, visas and vehicle plates in force on a date.</summary>
internal static class RelationsCommand
{
    public sealed record ClaimView(
        string Id, string Kind, string Value, string Change, string EventDate, string Party, string? SaidOn, string Stance, string Status, string Statement, string Source);

    public sealed record Row(
        string Code, string Name, string Kind, string Value, string Since, string? Until, string? Detail, string Source, string? Note, IReadOnlyList<ClaimView> Claims);

    private static readonly Column<Row>[] Columns =
    [
        new("code", r => r.Code), new("name", r => r.Name), new("kind", r => r.Kind), new("value", r => r.Value),
        new("since", r => r.Since), new("until", r => r.Until), new("detail", r => r.Detail),
        new("claims", r => r.Claims.Select(c => $"{c.Party} {c.Stance} {c.Change} {c.EventDate}")),
    ];

    public sealed record CoverageRow(string Kind, string Value, int Rows, int States, int Unverified);

    private static readonly Column<CoverageRow>[] CoverageColumns =
    [
        new("kind", r => r.Kind), new("value", r => r.Value), new("rows", r => r.Rows), new("states", r => r.States), new("unverified", r => r.Unverified),
    ];

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
            var code = parse.GetValue(state) is { } text ? Arguments.Entity(q.Registry, text, "--state").Code : (EntityCode?)null;
            var kindValue = parse.GetValue(kind) is { } k ? KebabNames.Of<RelationKind>()[k] : (RelationKind?)null;
            if (parse.GetValue(coverage))
            {
                if (code is not null)
                {
                    throw new UsageException("--coverage counts states, so it does not take --state");
                }

                var counts = q.Registry.Coverage(q.Subject.Code).Where(c => kindValue is null || c.Kind == kindValue)
                    .Select(c => new CoverageRow(c.Kind.ToKebab(), c.Value, c.Rows, c.States, c.Unverified)).ToList();
                Renderer.List(q.Output, q.Format, counts, CoverageColumns, $"relations of {q.Subject.Code} on record");
                return ExitCodes.Ok;
            }

            var rows = q.Registry.RelationsOn(q.Subject.Code, q.AsOf, kindValue, code, q.Perspective).Select(r => View(q.Registry, r)).ToList();
            Renderer.List(q.Output, q.Format, rows, Columns,
                $"{rows.Count} relations of {q.Subject.Code} in force on {q.AsOf:yyyy-MM-dd}, perspective {q.Perspective.ToKebab()}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One relation as the CLI shows it, with every claim about its start or end.</summary>
    public static Row View(Registry registry, Relation r) =>
        new(r.State.Value, registry.Entity(r.State)?.Name ?? r.State.Value, r.Kind.ToKebab(), r.Value, r.Since.ToString(),
            r.Period.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Detail, r.Source.Value, r.Note,
            [.. registry.ClaimsAbout(r).OrderBy(c => c.SaidOn?.Date).Select(Claim)]);

    /// <summary>A claim about a relation as the CLI shows it.</summary>
    public static ClaimView Claim(RelationClaim c) =>
        new(c.Id, c.Kind.ToKebab(), c.Value, c.Change.ToKebab(), c.EventDate.ToString(), c.Party.Value, c.SaidOn?.ToString(), c.Stance.ToKebab(),
            c.Status.ToKebab(), c.Statement, c.Source.Value);
}
