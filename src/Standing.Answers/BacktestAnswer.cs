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

    /// <summary>One model's member-by-member forecast of one roll call, scored against it.</summary>
    public sealed record MemberRow(
        string Vote, DateOnly Date, string Organisation, string Body, string Subject, string Model, int Members,
        double? LogLoss, double? Brier, double? Accuracy, double? ExpectedYes, double? ExpectedNo, double? ExpectedAbstain, double? ExpectedAbsent,
        int Yes, int No, int Abstain, int Absent, double? PPassed, string Outcome, string? Skipped);

    public static readonly IReadOnlyList<Column<MemberRow>> MemberColumns =
    [
        new("vote", r => r.Vote), new("model", r => r.Model), new("members", r => r.Members), new("log loss", r => Show(r.LogLoss)),
        new("Brier", r => Show(r.Brier)), new("accuracy", r => Show(r.Accuracy)),
        new("yes", r => r.Yes), new("expected yes", r => Show(r.ExpectedYes)), new("no", r => r.No), new("expected no", r => Show(r.ExpectedNo)),
        new("abstain", r => r.Abstain), new("expected abstain", r => Show(r.ExpectedAbstain)), new("absent", r => r.Absent),
        new("expected absent", r => Show(r.ExpectedAbsent)), new("P(passed)", r => Show(r.PPassed)), new("outcome", r => r.Outcome),
        new("not modelled", r => r.Skipped),
    ];

    /// <summary>The three models compared on a roll call: the learned one, the category table, and the body's average shares.</summary>
    public static readonly IReadOnlyList<string> Models = ["roll-calls", "categories", "body-average"];

    /// <summary>
    /// Every complete roll call forecast member by member, by each model, knowing only what came before its day, and
    /// scored against how the members voted.
    /// </summary>
    public static IReadOnlyList<MemberRow> Members(Question q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var r = q.Registry;
        var rows = new List<MemberRow>();
        foreach (var vote in r.Votes.Where(v => v.Ballot == Ballot.RollCall))
        {
            var roll = r.RollCall(vote.Id);
            var actual = roll.Select(e => e.Choice).ToList();
            var setting = new VoteSetting(vote.Organisation, vote.Body, vote.Subject, vote.Date, q.Perspective);
            var learned = Forecasting.RollCallModel.Fit(r, vote.Date, q.Perspective);
            foreach (var model in Models)
            {
                IReadOnlyList<MemberStance>? stances;
                string? skipped = null;
                try
                {
                    stances = model switch
                    {
                        "roll-calls" => [.. roll.Select(e => learned.Predict(setting, e.Member, Category(r, e.Member, vote, q)).Stance)],
                        "categories" when r.Subject(vote.Subject) is null => throw new ArgumentException($"{vote.Subject} is not a tracked subject, so it has no categories"),
                        "categories" => [.. roll.Select(e => Table(r, e.Member, Category(r, e.Member, vote, q)))],
                        _ => BodyAverage(r, vote) is { } shares ? [.. roll.Select(e => new MemberStance(e.Member.Value, shares[0], shares[1], shares[2], shares[3]))]
                            : throw new ArgumentException("no earlier vote to average"),
                    };
                    // The models speak of yes as "for the subject"; a motion against it swaps yes and no. The baseline speaks of
                    // yes as yes already.
                    stances = vote.YesFavoursSubject || model == "body-average" ? stances : [.. stances.Select(s => new MemberStance(s.Member, s.No, s.Yes, s.Abstain, s.Absent))];
                }
                catch (ArgumentException e)
                {
                    (stances, skipped) = (null, e.Message.Split(" (Parameter")[0]);
                }

                var scores = stances is null ? null : Forecasting.Scores.Of(stances, actual);
                var passed = stances is null ? (double?)null : r.Forecast(new ForecastRequest(vote.Organisation, vote.Body, vote.Round, vote.Subject, vote.Date, q.Perspective,
                    stances, [], null, 1) { Motion = vote.Motion }).PAdmitted;
                rows.Add(new MemberRow(vote.Id, vote.Date, vote.Organisation.Value, vote.Body, vote.Subject.Value, model, roll.Count,
                    Round(scores?.LogLoss), Round(scores?.Brier), Round(scores?.Accuracy),
                    Round(stances?.Sum(s => s.Yes), 1), Round(stances?.Sum(s => s.No), 1), Round(stances?.Sum(s => s.Abstain), 1), Round(stances?.Sum(s => s.Absent), 1),
                    actual.Count(c => c == VoteChoice.Yes), actual.Count(c => c == VoteChoice.No), actual.Count(c => c == VoteChoice.Abstain),
                    actual.Count(c => c == VoteChoice.Absent), Round(passed), vote.Outcome.ToKebab(), skipped));
            }
        }

        return rows;
    }

    /// <summary>How often the learned model's log loss beat the category table's, over the roll calls both could forecast.</summary>
    public static string MembersCaption(IReadOnlyList<MemberRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var pairs = rows.GroupBy(r => r.Vote)
            .Select(g => (Learned: g.Single(r => r.Model == "roll-calls").LogLoss, Table: g.Single(r => r.Model == "categories").LogLoss))
            .Where(p => p.Learned is not null && p.Table is not null).ToList();
        return $"roll-calls beats categories on log loss in {pairs.Count(p => p.Learned < p.Table)} of {pairs.Count} roll calls both forecast";
    }

    private static string Category(Registry r, Domain.Entities.EntityCode member, RecordedVote vote, Question q) =>
        r.Subject(vote.Subject) is null ? "untracked" : r.PriorCategory(member, vote.Subject, vote.Date, q.Perspective);

    private static MemberStance Table(Registry r, Domain.Entities.EntityCode member, string category)
    {
        var p = r.Priors!.Categories[category];
        return new MemberStance(member.Value, p.Yes, p.No, p.Abstain, p.Absent);
    }

    /// <summary>
    /// The shares of yes, no, abstain and absent in the earlier votes of the same body, else of the organisation, else
    /// of every body, whatever they were about; null when nothing was voted before.
    /// </summary>
    private static double[]? BodyAverage(Registry r, RecordedVote vote) =>
        (r.TalliesBefore(vote.Date, vote.Organisation, vote.Body) ?? r.TalliesBefore(vote.Date, vote.Organisation) ?? r.TalliesBefore(vote.Date)) is { } t
            ? [(double)t.Yes / t.Total, (double)t.No / t.Total, (double)t.Abstain / t.Total, (double)t.Absent / t.Total]
            : null;

    private static double? Round(double? x, int digits = 4) => x is null ? null : Math.Round(x.Value, digits);

    private static string Show(double? x) => x?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}
