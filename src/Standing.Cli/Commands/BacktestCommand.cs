using System.CommandLine;
using Standing.Cli.Output;
using Standing.Domain;
using Standing.Domain.Admission;
using Standing.Domain.Voting;

namespace Standing.Cli.Commands;

/// <summary><c>standing backtest</c>: the forecast model, run on the eve of every recorded vote it can model, beside the result.</summary>
internal static class BacktestCommand
{
    public sealed record Row(
        string Vote, DateOnly Date, string Subject, int Yes, int No, int Abstain, double? ExpectedYes, double? ExpectedNo, double? ExpectedAbstain,
        double? PAdmitted, string Outcome, string? Skipped);

    public static Command Create(CliHost host)
    {
        var options = new QueryOptions();
        var command = options.AddTo(new Command("backtest", "Run the forecast model on every recorded vote it can model and compare with the result"), subject: false);
        command.SetAction(async (parse, ct) =>
        {
            var q = await options.ReadAsync(parse, host, ct);
            var rows = q.Registry.Votes.Where(v => v.Motion == AdmissionProcedure.AdmissionMotion).Select(v =>
            {
                try
                {
                    var f = q.Registry.Forecast(new ForecastRequest(v.Organisation, v.Body, v.Round, v.Subject, v.Date, q.Perspective, null, [], null, 1));
                    return new Row(v.Id, v.Date, v.Subject.Value, v.Tally.Yes, v.Tally.No, v.Tally.Abstain, Math.Round(f.Expected.Yes, 1),
                        Math.Round(f.Expected.No, 1), Math.Round(f.Expected.Abstain, 1), Math.Round(f.PAdmitted, 4), v.Outcome.ToKebab(), null);
                }
                catch (Exception e) when (e is VoteInputException or ArgumentException)
                {
                    return new Row(v.Id, v.Date, v.Subject.Value, v.Tally.Yes, v.Tally.No, v.Tally.Abstain, null, null, null, null,
                        v.Outcome.ToKebab(), e.Message.Split(" (Parameter")[0]);
                }
            }).ToList();
            Renderer.List(q.Output, q.Format, rows,
            [
                new("vote", r => r.Vote), new("date", r => r.Date), new("yes", r => r.Yes), new("expected yes", r => Show(r.ExpectedYes)),
                new("no", r => r.No), new("expected no", r => Show(r.ExpectedNo)), new("abstain", r => r.Abstain),
                new("expected abstain", r => Show(r.ExpectedAbstain)), new("P(admitted)", r => Show(r.PAdmitted)), new("outcome", r => r.Outcome),
                new("not modelled", r => r.Skipped),
            ]);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Show(double? x) => x?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
