namespace Standing.Domain.Admission.Rules;

/// <summary>Passes when no member objects; abstentions and absences do not block.</summary>
/// <remarks>No number of yes votes is needed; any objection blocks, so the threshold is null once one is made.</remarks>
public sealed record ConsensusRule(string Id, string Description, RuleSource Source) : AdmissionRule(Id, Description, Source)
{
    /// <inheritdoc />
    protected override string KindName => "consensus";

    /// <inheritdoc />
    public override RuleOutcome Evaluate(VoteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var objections = context.Tally.No;
        return objections == 0
            ? Outcome(true, 0, "consensus: no member objects")
            : Outcome(false, null, $"no consensus: {objections} member(s) object, and any objection blocks");
    }
}
