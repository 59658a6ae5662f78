using System.CommandLine;
using Standing.Cli.Output;

namespace Standing.Cli.Commands;

/// <summary><c>standing gaps</c>: where recognition and relations disagree on a date.</summary>
internal static class GapsCommand
{
    public sealed record Row(string Code, string Name, string Gap, string Detail);

    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var bloc = new Option<string?>("--bloc") { Description = "Only the members of this organisation on the date (e.g. EU, OIC)" };
        var command = options.AddTo(new Command("gaps", "List recognisers without relations, and non-recognisers with relations or accepting documents") { bloc });
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var org = parse.GetValue(bloc) is { } b ? Arguments.Organisation(b, "--bloc") : (Domain.Organisations.OrganisationId?)null;
            if (org is { } o && q.Registry.Organisation(o) is null)
            {
                throw new UsageException($"--bloc: no organisation '{o}'");
            }

            var rows = q.Registry.Gaps(q.Subject.Code, q.AsOf, q.Perspective, org)
                .Select(g => new Row(g.State.Value, q.Registry.Entity(g.State)?.Name ?? g.State.Value, g.Gap, g.Detail)).ToList();
            Renderer.List(q.Output, q.Format, rows, [new("code", r => r.Code), new("name", r => r.Name), new("gap", r => r.Gap), new("detail", r => r.Detail)],
                $"{rows.Count} gaps on {q.AsOf:yyyy-MM-dd}; relations are only those on record (docs/data.md gives the coverage)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
