using System.CommandLine;
using Standing.Cli.Output;
using Standing.Domain;

namespace Standing.Cli.Commands;

/// <summary><c>standing admission --org ID</c>: where the subject's admission stands: stages passed, what is missing, blockers, moratoria.</summary>
internal static class AdmissionCommand
{
    public sealed record VoteView(string Id, DateOnly Date, int Round, int Yes, int No, int Abstain, bool Passed, long? Required);

    public sealed record LapseView(string Description, string Source, string? SpentBy, DateOnly? SpentOn);

    public sealed record StageView(
        string Stage, string Body, string Rule, bool Passed, VoteView? LastVote, int? Members, int? Recognizing, IReadOnlyList<string> Blockers, LapseView? Lapses);

    public sealed record PrerequisiteView(string Kind, string Description, bool Binding, bool? Met, string Reason);

    public sealed record View(
        string Organisation, string Subject, DateOnly AsOf, string Perspective, string SubjectStatus, IReadOnlyList<StageView> Stages,
        IReadOnlyList<string> Missing, IReadOnlyList<string> Blockers, IReadOnlyList<PrerequisiteView> Prerequisites, string? Moratorium);

    private static readonly Column<View>[] Fields =
    [
        new("organisation", v => v.Organisation), new("subject", v => v.Subject), new("asOf", v => v.AsOf), new("subjectStatus", v => v.SubjectStatus),
        new("missing", v => v.Missing), new("blockers", v => v.Blockers), new("moratorium", v => v.Moratorium),
    ];

    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var org = new Option<string>("--org") { Description = "Organisation id", Required = true };
        var command = options.AddTo(new Command("admission", "Check where the subject's admission to an organisation stands") { org });
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var check = q.Registry.CheckAdmission(q.Subject.Code, Arguments.Organisation(parse.GetRequiredValue(org), "--org"), q.AsOf, q.Perspective);
            var stages = check.Stages.Select(s => new StageView(s.Stage.Id, s.Stage.Body, s.Stage.Rule.Description, s.Passed,
                s.LastVote is { } v ? new VoteView(v.Id, v.Date, v.Round, v.Tally.Yes, v.Tally.No, v.Tally.Abstain, s.Verdict!.Passed, s.Verdict.Required) : null,
                s.Members, s.Recognising, [.. s.Blockers.Select(b => b.Value)],
                s.Stage.Lapses is { } l ? new LapseView(l.Description, l.Source.Url, s.SpentBy?.Id, s.SpentBy?.Date) : null)).ToList();
            var prerequisites = check.Prerequisites.Select(p => new PrerequisiteView(
                p.Prerequisite.GetType().Name.Replace("Prerequisite", "", StringComparison.Ordinal), p.Prerequisite.Description, p.Prerequisite.Binding, p.Met, p.Reason)).ToList();
            var view = new View(check.Procedure.Organisation.Value, check.Subject.Value, check.AsOf, check.Perspective.ToKebab(),
                check.Status?.Status.ToKebab() ?? "none", stages, check.Missing,
                [.. stages.SelectMany(s => s.Blockers).Distinct().Order(StringComparer.Ordinal)], prerequisites,
                check.Prerequisites.FirstOrDefault(p => p.Prerequisite is Domain.Admission.NoMoratoriumPrerequisite && p.Met == false)?.Reason);
            Renderer.Object(q.Output, q.Format, view, Fields, Write);

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter output, View v)
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
