using Standing.Domain.Admission.Rules;
using Standing.Domain.Organisations;

namespace Standing.Domain.Admission;

/// <summary>Standing's verdict on a tally: passed or not, the threshold, the margin and why.</summary>
/// <param name="Organisation">The organisation.</param>
/// <param name="Stage">The stage whose rule applied.</param>
/// <param name="Round">The round.</param>
/// <param name="Tally">The counts, with absentees filled in from the body's roster where known.</param>
/// <param name="Rule">The rule applied.</param>
/// <param name="Outcome">The rule's outcome (for composite rules, the whole).</param>
/// <param name="Parts">The outcome of every rule inside a composite rule; the rule alone otherwise.</param>
/// <param name="Readings">The outcome under each other reading of the rule.</param>
public sealed record VoteVerdict(
    OrganisationId Organisation,
    Stage Stage,
    int Round,
    Tally Tally,
    AdmissionRule Rule,
    RuleOutcome Outcome,
    IReadOnlyList<RuleOutcome> Parts,
    IReadOnlyList<(Reading Reading, RuleOutcome Outcome)> Readings)
{
    /// <summary>Whether the vote passed: no rule failed (a rule that could not be checked does not fail it).</summary>
    public bool Passed => Outcome.Result != RuleResult.Failed;

    /// <summary>Whether every rule could be checked.</summary>
    public bool FullyChecked => Outcome.Result != RuleResult.NotChecked;

    /// <summary>The yes votes the tally had to reach; null where no number of yes votes could pass.</summary>
    public long? Required => Outcome.Required;

    /// <summary>Yes votes above (positive) or below (negative) <see cref="Required"/>.</summary>
    public long? Margin => Required is { } r ? Tally.Yes - r : null;

    /// <summary>The verdict in a sentence.</summary>
    public string Explanation =>
        $"{(Passed ? (FullyChecked ? "Passed" : "Passed, as far as could be checked") : "Not passed")}: {Stage.Id} of {Organisation}" +
        $"{(Stage.Rounds > 1 ? $", round {Round}" : "")}, rule '{Rule.Description}': {Outcome.Reason}.";
}
