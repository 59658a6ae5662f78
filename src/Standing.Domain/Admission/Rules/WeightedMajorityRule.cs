using System.Text.Json.Serialization;
using Standing.Domain.Entities;

namespace Standing.Domain.Admission.Rules;

/// <summary>Passes when the yes votes carry a fraction of the weighted votes: "a majority of the votes cast" at the IMF.</summary>
/// <remarks>
/// With member votes, each member's weight comes from the <see cref="Weights"/> table. With counts alone, the
/// counts are read as weighted votes (as organisations report them: "votes cast", not members).
/// </remarks>
public sealed record WeightedMajorityRule(
    string Id,
    string Description,
    RuleSource Source,
    [property: JsonPropertyName("fraction")] IReadOnlyList<int> FractionParts,
    MajorityBase Base,
    string Weights,
    bool Strict = false) : AdmissionRule(Id, Description, Source)
{
    /// <inheritdoc />
    protected override string KindName => "weighted-majority";

    /// <summary>The fraction the yes weight must reach.</summary>
    [JsonIgnore]
    public Fraction Fraction => new(FractionParts[0], FractionParts[1]);

    /// <inheritdoc />
    public override RuleOutcome Evaluate(VoteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        long yes, of;
        string unit;
        var table = context.Weights(Weights);
        if (context.MemberVotes is { } votes && table is not null)
        {
            long W(EntityCode c) => table.GetValueOrDefault(c);
            yes = votes.Where(v => v.Choice == VoteChoice.Yes).Sum(v => W(v.Member));
            of = Base == MajorityBase.Members
                ? table.Values.Sum()
                : votes.Where(v => v.Choice is VoteChoice.Yes or VoteChoice.No).Sum(v => W(v.Member));
            unit = $"weighted votes ({Weights})";
        }
        else
        {
            yes = context.Tally.Yes;
            of = Base == MajorityBase.Members ? (table?.Values.Sum() ?? context.Tally.Total) : context.Tally.Cast;
            unit = "weighted votes (the counts given)";
        }

        var required = Math.Max(Fraction.Threshold(of, Strict), 1);
        var gap = yes - required;
        return Outcome(gap >= 0, required,
            $"{yes} yes of {of} {unit}; {Fraction.Words(Strict)} of {of} is {Fraction.Threshold(of, Strict)}: {(gap >= 0 ? $"met with {gap} to spare" : $"{-gap} short")}");
    }
}
