namespace Standing.Domain.Admission.Rules;

/// <summary>Passes when every member agrees: no vote against, and, as configured, no abstention or absence.</summary>
/// <remarks>The threshold is every counted member: yes + no, plus abstentions and absentees where they block.</remarks>
public sealed record UnanimityRule(string Id, string Description, RuleSource Source, bool AbstentionBlocks, bool AbsenceBlocks)
    : AdmissionRule(Id, Description, Source)
{
    /// <inheritdoc />
    protected override string KindName => "unanimity";

    /// <inheritdoc />
    public override RuleOutcome Evaluate(VoteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Tally;
        var absent = context.Members - t.Present;
        var blockers = new List<string>();
        if (t.No > 0)
        {
            blockers.Add($"{t.No} against");
        }

        if (AbstentionBlocks && t.Abstain > 0)
        {
            blockers.Add($"{t.Abstain} abstaining");
        }

        if (AbsenceBlocks && absent > 0)
        {
            blockers.Add($"{absent} absent");
        }

        var required = (long)t.Cast + (AbstentionBlocks ? t.Abstain : 0) + (AbsenceBlocks ? absent : 0);
        return Outcome(blockers.Count == 0, required, blockers.Count == 0
            ? $"unanimous: all {t.Yes} counted members in favour"
            : $"not unanimous: {string.Join(", ", blockers)}; all {required} counted members had to vote yes");
    }
}
