using System.Globalization;
using Standing.Domain;
using Standing.Domain.Admission;
using Standing.Domain.Voting;

namespace Standing.Answers;

/// <summary>The forecast model run on every recorded admission vote, beside the result.</summary>
public static class BacktestAnswer
{
    public sealed record Row(
        string Vote, DateOnly Date, string Subject, int Yes, int No, int Abstain, double? ExpectedYes, double? ExpectedNo, double? ExpectedAbstain,
        double? PAdmitted, string Outcome, string? Skipped);

    public static readonly IReadOnlyList<Column<Row>> Columns =
    [
        new("vote", r => r.Vote), new("date", r => r.Date), new("yes", r => r.Yes), new("expected yes", r => Show(r.ExpectedYes)),
        new("no", r => r.No), new("expected no", r => Show(r.ExpectedNo)), new("abstain", r => r.Abstain),
        new("expected abstain", r => Show(r.ExpectedAbstain)), new("P(admitted)", r => Show(r.PAdmitted)), new("outcome", r => r.Outcome),
        new("not modelled", r => r.Skipped),
    ];

    public static IReadOnlyList<Row> For(Question q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return [.. q.Registry.Votes.Where(v => v.Motion == AdmissionProcedure.AdmissionMotion).Select(v =>
        {
            try
            {
                var f = q.Registry.Forecast(new ForecastRequest(v.Organisation, v.Body, v.Round, v.Subject, v.Date, q.Perspective, null, [], null, 1));
                return new Row(v.Id, v.Date, v.Subject.Value, v.Tally.Yes, v.Tally.No, v.Tally.Abstain, Math.Round(f.Expected.Yes, 1),
                    Math.Round(f.Expected.No, 1), Math.Round(f.Expected.Abstain, 1), Math.Round(f.PAdmitted, 4), v.Outcome.ToKebab(), null);
            }
            catch (ArgumentException e)
            {
                // A vote the model cannot take (no roster, no priors): listed with the reason, not modelled.
                return new Row(v.Id, v.Date, v.Subject.Value, v.Tally.Yes, v.Tally.No, v.Tally.Abstain, null, null, null, null, v.Outcome.ToKebab(), e.Message.Split(" (Parameter")[0]);
            }
        })];
    }

    private static string Show(double? x) => x?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}
