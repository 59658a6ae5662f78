using Standing.Domain;
using Standing.Domain.Admission;
using Standing.Domain.Organisations;

namespace Standing.Answers;

/// <summary>Admission procedures stage by stage, with their sources. As JSON, the procedures themselves (data/rules/*.json).</summary>
public static class RulesAnswer
{
    public sealed record StageRow(string Organisation, string Stage, string Body, int Rounds, string Kind, string Rule, string Source, string Cites);

    public static readonly IReadOnlyList<Column<StageRow>> Columns =
    [
        new("organisation", r => r.Organisation), new("stage", r => r.Stage), new("body", r => r.Body), new("rounds", r => r.Rounds),
        new("kind", r => r.Kind), new("rule", r => r.Rule), new("source", r => r.Source), new("cites", r => r.Cites),
    ];

    /// <summary>The procedure of <paramref name="organisation"/>, or every procedure when it is null.</summary>
    /// <exception cref="AnswerInputException">The organisation has no procedure.</exception>
    public static IReadOnlyList<AdmissionProcedure> Procedures(Registry registry, OrganisationId? organisation)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var procedures = registry.Procedures.Where(p => organisation is null || p.Organisation == organisation).ToList();
        return organisation is not null && procedures.Count == 0
            ? throw new AnswerInputException(AnswerField.Organisation, $"no admission procedure for '{organisation}'; known: {string.Join(", ", registry.Procedures.Select(p => p.Organisation))}")
            : procedures;
    }

    /// <summary>One row per rule of every stage.</summary>
    public static IReadOnlyList<StageRow> Rows(IEnumerable<AdmissionProcedure> procedures) =>
        [.. procedures.SelectMany(p => p.Stages.SelectMany(s => s.Rule.Flatten().Select(r =>
            new StageRow(p.Organisation.Value, s.Id, s.Body, s.Rounds, r.Kind, r.Description, r.Source.Url, r.Source.Cites))))];
}
