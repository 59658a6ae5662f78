namespace Standing.Domain.Admission.Rules;

/// <summary>Passes when every one of its rules passes: the Security Council's nine votes and no veto.</summary>
/// <remarks>The threshold is the highest of the parts' thresholds, or null when a part makes every threshold moot (a veto).</remarks>
public sealed record AllOfRule(string Id, string Description, RuleSource Source, IReadOnlyList<AdmissionRule> Rules)
    : AdmissionRule(Id, Description, Source)
{
    /// <inheritdoc />
    protected override string KindName => "all-of";

    /// <inheritdoc />
    public override IEnumerable<AdmissionRule> Flatten() => Rules.SelectMany(r => r.Flatten()).Prepend(this);

    /// <inheritdoc />
    public override RuleOutcome Evaluate(VoteContext context)
    {
        var parts = Rules.Select(r => r.Evaluate(context)).ToList();
        var result = parts.Any(p => p.Result == RuleResult.Failed) ? RuleResult.Failed
            : parts.Any(p => p.Result == RuleResult.NotChecked) ? RuleResult.NotChecked
            : RuleResult.Passed;
        var moot = parts.Any(p => p.Result == RuleResult.Failed && p.Required is null);
        var required = moot ? null : parts.Max(p => p.Required);
        return new(Id, result, required, string.Join("; ", parts.Select(p => p.Reason)));
    }
}
