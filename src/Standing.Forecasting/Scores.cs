using Standing.Domain.Admission;
using Standing.Domain.Voting;

namespace Standing.Forecasting;

/// <summary>How well member-by-member forecasts matched a roll call: the scores a backtest reports.</summary>
/// <param name="LogLoss">Mean of −ln P(the member's actual vote); 0 is perfect, ln 4 ≈ 1.386 is a uniform guess.</param>
/// <param name="Brier">Mean over members of the squared distance between the forecast and the actual vote (0 to 2).</param>
/// <param name="Accuracy">Share of members whose likeliest vote was their actual vote.</param>
public sealed record Scores(double LogLoss, double Brier, double Accuracy)
{
    /// <summary>The smallest probability a log loss takes, so that one certain miss does not make the loss infinite.</summary>
    public const double Floor = 1e-6;

    /// <summary>Scores forecasts against actual votes, member by member (the two lists in the same order).</summary>
    /// <exception cref="ArgumentException">The lists differ in length or are empty.</exception>
    public static Scores Of(IReadOnlyList<MemberStance> forecasts, IReadOnlyList<VoteChoice> actual)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(actual);
        if (forecasts.Count != actual.Count || forecasts.Count == 0)
        {
            throw new ArgumentException($"{forecasts.Count} forecasts for {actual.Count} votes", nameof(actual));
        }

        double logLoss = 0, brier = 0, hits = 0;
        for (var i = 0; i < forecasts.Count; i++)
        {
            double[] p = [forecasts[i].Yes, forecasts[i].No, forecasts[i].Abstain, forecasts[i].Absent];
            var truth = (int)actual[i];
            logLoss -= Math.Log(Math.Max(p[truth], Floor));
            brier += p.Select((q, k) => (q - (k == truth ? 1 : 0)) * (q - (k == truth ? 1 : 0))).Sum();
            hits += Array.IndexOf(p, p.Max()) == truth ? 1 : 0;
        }

        return new Scores(logLoss / forecasts.Count, brier / forecasts.Count, hits / forecasts.Count);
    }
}
