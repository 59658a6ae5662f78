using Standing.Domain;
using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;
using Standing.Domain.Organisations;

namespace Standing.Answers;

/// <summary>A tally evaluated under an organisation's admission rule, with the arithmetic explained.</summary>
public static class VoteAnswer
{
    public sealed record TallyView(int Yes, int No, int Abstain, int Absent);

    public sealed record OutcomeView(string Rule, string Result, long? Required, string Reason);

    public sealed record ReadingView(string Id, string Description, bool Passed, long? Required, string Reason);

    public sealed record View(
        string Organisation, string Body, int Round, DateOnly AsOf, TallyView Tally, bool Passed, bool FullyChecked, long? Required, long? Margin,
        string Rule, string RuleDescription, string Explanation, IReadOnlyList<OutcomeView> Outcomes, IReadOnlyList<ReadingView> Readings);

    /// <summary>What is voted on, and how: counts (absentees given or not) or member votes.</summary>
    public sealed record Ask(OrganisationId Organisation, string? Body, int Round, Tally Tally, bool AbsentGiven, IReadOnlyList<MemberVote>? MemberVotes,
        string Motion = AdmissionProcedure.AdmissionMotion);

    public static readonly IReadOnlyList<Column<View>> Fields =
    [
        new("organisation", v => v.Organisation), new("body", v => v.Body), new("round", v => v.Round), new("asOf", v => v.AsOf),
        new("yes", v => v.Tally.Yes), new("no", v => v.Tally.No), new("abstain", v => v.Tally.Abstain), new("absent", v => v.Tally.Absent),
        new("passed", v => v.Passed), new("required", v => v.Required), new("margin", v => v.Margin), new("rule", v => v.Rule),
        new("explanation", v => v.Explanation),
    ];

    /// <exception cref="VoteInputException">The organisation, body or round is unknown, or the tally is impossible.</exception>
    public static View For(Registry registry, Ask ask, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(ask);
        var v = registry.EvaluateVote(ask.Organisation, ask.Body, ask.Round, ask.Tally, ask.AbsentGiven, ask.MemberVotes, day, ask.Motion);
        return new(
            v.Organisation.Value, v.Stage.Body, v.Round, day, new(v.Tally.Yes, v.Tally.No, v.Tally.Abstain, v.Tally.Absent),
            v.Passed, v.FullyChecked, v.Required, v.Margin, v.Rule.Id, v.Rule.Description, v.Explanation,
            [.. v.Parts.Select(p => new OutcomeView(p.RuleId, p.Result.ToKebab(), p.Required, p.Reason))],
            [.. v.Readings.Select(r => new ReadingView(r.Reading.Id, r.Reading.Description, r.Outcome.Result != RuleResult.Failed, r.Outcome.Required, r.Outcome.Reason))]);
    }
}
