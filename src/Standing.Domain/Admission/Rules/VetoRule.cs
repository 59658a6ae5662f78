using Standing.Domain.Organisations;

namespace Standing.Domain.Admission.Rules;

/// <summary>Fails when any member of <see cref="Holders"/> votes against (or abstains, if that counts as a veto).</summary>
/// <remarks>Who voted how must be known: with counts alone the rule is <see cref="RuleResult.NotChecked"/>.</remarks>
public sealed record VetoRule(string Id, string Description, RuleSource Source, OrganisationId Holders, bool AbstentionIsVeto)
    : AdmissionRule(Id, Description, Source)
{
    /// <inheritdoc />
    protected override string KindName => "veto";

    /// <inheritdoc />
    public override RuleOutcome Evaluate(VoteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.MemberVotes is null)
        {
            return new(Id, context.Tally.No == 0 ? RuleResult.Passed : RuleResult.NotChecked, null,
                context.Tally.No == 0
                    ? "no vote against, so no veto"
                    : $"not checked: {context.Tally.No} voted against, and whether any was a veto holder ({Holders}) needs the member votes");
        }

        var holders = context.MembersOf(Holders);
        var vetoes = context.MemberVotes
            .Where(v => holders.Contains(v.Member) && (v.Choice == VoteChoice.No || (AbstentionIsVeto && v.Choice == VoteChoice.Abstain)))
            .Select(v => v.Member.Value).Order(StringComparer.Ordinal).ToList();
        return vetoes.Count == 0
            ? Outcome(true, null, $"no veto: no member of {Holders} voted against")
            : Outcome(false, null, $"vetoed by {string.Join(", ", vetoes)}: no number of yes votes can pass");
    }
}
