using Standing.Domain.Organisations;

namespace Standing.Domain.Voting;

/// <summary>Probabilities of yes, no, abstain and absent for one category of member.</summary>
/// <param name="Yes">P(yes).</param>
/// <param name="No">P(no).</param>
/// <param name="Abstain">P(abstain).</param>
/// <param name="Absent">P(absent).</param>
public sealed record PriorStance(double Yes, double No, double Abstain, double Absent);

/// <summary>The forecast model's priors (data/forecast/priors.json): a stance per category, and how blocs move together.</summary>
/// <param name="Categories">Stance by category: <c>recognises</c>, <c>disputed</c>, <c>withdrew</c>,
/// <c>non-recogniser-stated</c>, <c>non-recogniser</c>, <c>contesting-state</c>.</param>
/// <param name="Blocs">Organisations whose members vote as correlated blocs in Monte Carlo runs, in priority order.</param>
/// <param name="BlocCorrelation">Within-bloc correlation for Monte Carlo runs.</param>
/// <param name="Calibration">How the priors were fitted, in words.</param>
public sealed record ForecastPriors(IReadOnlyDictionary<string, PriorStance> Categories, IReadOnlyList<OrganisationId> Blocs, double BlocCorrelation, string Calibration)
{
    /// <summary>The categories every priors file must give.</summary>
    public static readonly IReadOnlyList<string> RequiredCategories =
        ["recognises", "disputed", "withdrew", "non-recogniser-stated", "non-recogniser", "contesting-state"];
}
