using Standing.Domain;
using Standing.Domain.Organisations;

namespace Standing.Answers;

/// <summary>Where the subject's admission to an organisation stands: stages passed, what is missing, blockers, moratoria.</summary>
public static class AdmissionAnswer
{
    public sealed record VoteView(string Id, DateOnly Date, int Round, int Yes, int No, int Abstain, bool Passed, long? Required);

    public sealed record LapseView(string Description, string Source, string? SpentBy, DateOnly? SpentOn);

    public sealed record StageView(
        string Stage, string Body, string Rule, bool Passed, VoteView? LastVote, int? Members, int? Recognizing, IReadOnlyList<string> Blockers, LapseView? Lapses);

    public sealed record PrerequisiteView(string Kind, string Description, bool Binding, bool? Met, string Reason);

    public sealed record View(
        string Organisation, string Subject, DateOnly AsOf, string Perspective, string SubjectStatus, IReadOnlyList<StageView> Stages,
        IReadOnlyList<string> Missing, IReadOnlyList<string> Blockers, IReadOnlyList<PrerequisiteView> Prerequisites, string? Moratorium);

    public static readonly IReadOnlyList<Column<View>> Fields =
    [
        new("organisation", v => v.Organisation), new("subject", v => v.Subject), new("asOf", v => v.AsOf), new("subjectStatus", v => v.SubjectStatus),
        new("missing", v => v.Missing), new("blockers", v => v.Blockers), new("moratorium", v => v.Moratorium),
    ];

    /// <exception cref="Domain.Admission.VoteInputException">The organisation has no procedure.</exception>
    public static View For(Question q, OrganisationId organisation)
    {
        ArgumentNullException.ThrowIfNull(q);
        var check = q.Registry.CheckAdmission(q.Subject.Code, organisation, q.AsOf, q.Perspective);
        var stages = check.Stages.Select(s => new StageView(s.Stage.Id, s.Stage.Body, s.Stage.Rule.Description, s.Passed,
            s.LastVote is { } v ? new VoteView(v.Id, v.Date, v.Round, v.Tally.Yes, v.Tally.No, v.Tally.Abstain, s.Verdict!.Passed, s.Verdict.Required) : null,
            s.Members, s.Recognising, [.. s.Blockers.Select(b => b.Value)],
            s.Stage.Lapses is { } l ? new LapseView(l.Description, l.Source.Url, s.SpentBy?.Id, s.SpentBy?.Date) : null)).ToList();
        var prerequisites = check.Prerequisites.Select(p => new PrerequisiteView(
            p.Prerequisite.GetType().Name.Replace("Prerequisite", "", StringComparison.Ordinal), p.Prerequisite.Description, p.Prerequisite.Binding, p.Met, p.Reason)).ToList();
        return new View(check.Procedure.Organisation.Value, check.Subject.Value, check.AsOf, check.Perspective.ToKebab(),
            check.Status?.Status.ToKebab() ?? "none", stages, check.Missing,
            [.. stages.SelectMany(s => s.Blockers).Distinct().Order(StringComparer.Ordinal)], prerequisites,
            check.Prerequisites.FirstOrDefault(p => p.Prerequisite is Domain.Admission.NoMoratoriumPrerequisite && p.Met == false)?.Reason);
    }
}
