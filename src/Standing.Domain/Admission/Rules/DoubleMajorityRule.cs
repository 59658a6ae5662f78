using System.Text.Json.Serialization;

namespace Standing.Domain.Admission.Rules;

/// <summary>Passes when the yes votes reach a share of the members and a share of a weight: the EU Council's
/// qualified majority (55% of states, 65% of population), the EBRD's two thirds of Governors with three quarters of the votes.</summary>
/// <remarks>
/// The weight test needs member votes; with counts alone it is <see cref="RuleResult.NotChecked"/>. Where a
/// <see cref="BlockingMinority"/> is set, fewer members than that not voting yes cannot block on weight alone
/// (TEU Art 16(4)): the weight test is then deemed met.
/// </remarks>
public sealed record DoubleMajorityRule(
    string Id,
    string Description,
    RuleSource Source,
    [property: JsonPropertyName("countFraction")] IReadOnlyList<int> CountFractionParts,
    MajorityBase CountBase,
    [property: JsonPropertyName("weightFraction")] IReadOnlyList<int> WeightFractionParts,
    string Weights,
    int? BlockingMinority = null) : AdmissionRule(Id, Description, Source)
{
    /// <inheritdoc />
    protected override string KindName => "double-majority";

    /// <summary>The share of members that must vote yes.</summary>
    [JsonIgnore]
    public Fraction CountFraction => new(CountFractionParts[0], CountFractionParts[1]);

    /// <summary>The share of the weight the yes votes must hold.</summary>
    [JsonIgnore]
    public Fraction WeightFraction => new(WeightFractionParts[0], WeightFractionParts[1]);

    /// <inheritdoc />
    public override RuleOutcome Evaluate(VoteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Tally;
        var of = CountBase == MajorityBase.VotesCast ? t.Cast : context.Members;
        var required = Math.Max(CountFraction.Threshold(of, strict: false), 1);
        var countMet = t.Yes >= required;
        var countWords = $"{t.Yes} of {of} members in favour, {CountFraction.Words(false)} is {required}";
        var table = context.Weights(Weights);
        if (context.MemberVotes is not { } votes || table is null)
        {
            return countMet
                ? new(Id, RuleResult.NotChecked, required, $"{countWords}: met; the {Weights} weight test was not checked ({(table is null ? $"no {Weights} weights are on record" : "it needs the member votes")})")
                : Outcome(false, required, $"{countWords}: {required - t.Yes} short");
        }

        var totalWeight = votes.Sum(v => table.GetValueOrDefault(v.Member));
        var yesWeight = votes.Where(v => v.Choice == VoteChoice.Yes).Sum(v => table.GetValueOrDefault(v.Member));
        var neededWeight = WeightFraction.Threshold(totalWeight, strict: false);
        var notYes = votes.Count(v => v.Choice != VoteChoice.Yes);
        var weightMet = yesWeight >= neededWeight || (BlockingMinority is { } b && notYes < b);
        var weightWords = yesWeight >= neededWeight
            ? $"{yesWeight} of {totalWeight} ({Weights}) in favour, {WeightFraction.Words(false)} is {neededWeight}: met"
            : weightMet
                ? $"{yesWeight} of {totalWeight} ({Weights}) is below {neededWeight}, but only {notYes} members did not vote yes, fewer than the blocking minority of {BlockingMinority}"
                : $"{yesWeight} of {totalWeight} ({Weights}) in favour, {neededWeight} needed: {neededWeight - yesWeight} short";
        return Outcome(countMet && weightMet, required, $"{countWords}: {(countMet ? "met" : $"{required - t.Yes} short")}; {weightWords}");
    }
}
