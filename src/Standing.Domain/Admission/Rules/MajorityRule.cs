using System.Text.Json.Serialization;

namespace Standing.Domain.Admission.Rules;

/// <summary>Passes when the yes votes reach a fraction of a base: "two thirds of the votes cast".</summary>
/// <remarks>
/// The threshold is the smallest whole number of yes votes at (or, if <see cref="Strict"/>, above) the fraction of
/// the base, in exact integers, and never less than one: a vote nobody supported does not pass.
/// <see cref="MinimumYes"/> sets an absolute floor (the Security Council's nine); <see cref="Quorum"/> a share of
/// the members that must be present (yes, no or abstain).
/// </remarks>
public sealed record MajorityRule(
    string Id,
    string Description,
    RuleSource Source,
    [property: JsonPropertyName("fraction")] IReadOnlyList<int> FractionParts,
    MajorityBase Base,
    bool Strict = false,
    int? MinimumYes = null,
    [property: JsonPropertyName("quorum")] IReadOnlyList<int>? QuorumParts = null) : AdmissionRule(Id, Description, Source)
{
    /// <inheritdoc />
    protected override string KindName => "majority";

    /// <summary>The fraction of the base the yes votes must reach.</summary>
    [JsonIgnore]
    public Fraction Fraction => new(FractionParts[0], FractionParts[1]);

    /// <summary>The share of members that must be present, if any.</summary>
    [JsonIgnore]
    public Fraction? Quorum => QuorumParts is { Count: 2 } q ? new Fraction(q[0], q[1]) : null;

    /// <inheritdoc />
    public override RuleOutcome Evaluate(VoteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Tally;
        var (of, baseWords) = Base switch
        {
            MajorityBase.VotesCast => (t.Cast, "votes cast"),
            MajorityBase.Present => (t.Present, "members present"),
            _ => (context.Members, "members"),
        };
        var required = Math.Max(Math.Max(Fraction.Threshold(of, Strict), 1), MinimumYes ?? 0);
        var floor = MinimumYes is { } m && m == required ? $"; at least {m} are needed in any case" : "";
        if (Quorum is { } quorum && !quorum.IsMetBy(t.Present, context.Members, strict: false))
        {
            return Outcome(false, required,
                $"quorum not met: {t.Present} of {context.Members} members present, {quorum.Threshold(context.Members, false)} needed");
        }

        var gap = t.Yes - required;
        var verdict = gap >= 0 ? $"met with {gap} to spare" : $"{-gap} short";
        return Outcome(gap >= 0, required,
            $"{t.Yes} yes of {of} {baseWords}; {Fraction.Words(Strict)} of {of} is {Fraction.Threshold(of, Strict)}{floor}: {verdict}");
    }
}
