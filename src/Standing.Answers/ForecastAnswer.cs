using System.Globalization;
using Standing.Domain;
using Standing.Domain.Voting;

namespace Standing.Answers;

/// <summary>Which model gives each member its stance.</summary>
public enum VoterModels
{
    /// <summary>Learned from the roll calls before the forecast's day, starting from the category table.</summary>
    RollCalls,

    /// <summary>The category table alone (data/forecast/priors.json).</summary>
    Categories,
}

/// <summary>A forecast of a vote on the subject's admission: P(admitted), the expected tally, swing members and what-ifs.</summary>
public static class ForecastAnswer
{
    public sealed record Expected(double Yes, double No, double Abstain, double Absent);

    public sealed record SwingView(string Code, double Delta);

    public sealed record MemberView(string Code, string Category, double Yes, double No, double Abstain, double Absent, IReadOnlyList<Reason> Reasons);

    /// <summary>What the members' stances were learned from: the roll calls before the forecast's day.</summary>
    public sealed record LearnedView(DateOnly Before, int RollCalls, int MemberVotes);

    public sealed record MonteCarloView(double PAdmitted, double StandardError, long Trials, ulong Seed);

    public sealed record View(
        string Organisation, string Body, int Round, string Subject, DateOnly AsOf, string Method, double PAdmitted, MonteCarloView? MonteCarlo,
        Expected Expected, int MostLikelyYes, IReadOnlyList<double> YesDistribution, IReadOnlyList<SwingView> Swing, IReadOnlyList<string> Flip,
        string Model, LearnedView? Learned, Expected? AfterRound, IReadOnlyList<MemberView> Members);

    public static readonly IReadOnlyList<Column<View>> Fields =
    [
        new("organisation", v => v.Organisation), new("body", v => v.Body), new("asOf", v => v.AsOf), new("method", v => v.Method), new("model", v => v.Model),
        new("pAdmitted", v => v.PAdmitted.ToString("0.######", CultureInfo.InvariantCulture)),
        new("expected yes/no/abstain/absent", v => $"{v.Expected.Yes:0.0} / {v.Expected.No:0.0} / {v.Expected.Abstain:0.0} / {v.Expected.Absent:0.0}"),
        new("most likely yes", v => v.MostLikelyYes), new("flip", v => v.Flip),
    ];

    /// <summary>A round's tally written <c>yes,no,abstain</c>, e.g. <c>76,56,22</c>.</summary>
    /// <exception cref="AnswerInputException">The text is not three whole numbers of at least 0.</exception>
    public static Domain.Admission.Tally Round(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var counts = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
        return counts.Length == 3 && counts.All(n => n >= 0)
            ? new Domain.Admission.Tally(counts[0], counts[1], counts[2], 0)
            : throw new AnswerInputException(AnswerField.AfterRound, $"'{text}' is not a round's tally: write yes,no,abstain, e.g. 76,56,22");
    }

    /// <exception cref="Domain.Admission.VoteInputException">The organisation, body, round or a what-if is unknown, or the body has no roster and no model was given.</exception>
    /// <exception cref="OperationCanceledException">The request's cancellation token was cancelled during a Monte Carlo run.</exception>
    public static View For(Registry registry, ForecastRequest request, VoterModels voters = VoterModels.RollCalls)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(request);
        // The learned model sees only the roll calls held before the forecast's day.
        var learned = voters == VoterModels.RollCalls && request.Model is null && registry.Priors is not null
            ? Forecasting.RollCallModel.Fit(registry, request.AsOf, request.Perspective) : null;
        var f = registry.Forecast(request with { Voters = learned });
        return new View(request.Organisation.Value, f.Stage.Body, request.Round, request.Subject.Value, request.AsOf, f.Method, f.PAdmitted,
            f.MonteCarlo is { } mc ? new MonteCarloView(mc.PAdmitted, mc.StandardError, mc.Trials, mc.Seed) : null,
            new Expected(f.Expected.Yes, f.Expected.No, f.Expected.Abstain, f.Expected.Absent), f.MostLikelyYes, f.YesDistribution,
            [.. f.Swing.Select(s => new SwingView(s.Code, s.Delta))], f.Flip, f.Model,
            learned is null ? null : new LearnedView(learned.Before, learned.RollCalls, learned.Samples),
            request.AfterRound is { } t ? new Expected(t.Yes, t.No, t.Abstain, f.Members.Count - t.Present) : null,
            [.. f.Members.Select((m, i) => new MemberView(m.Member, f.Categories[i], m.Yes, m.No, m.Abstain, m.Absent, f.Reasons[i]))]);
    }
}
