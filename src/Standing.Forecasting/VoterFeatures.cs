using Standing.Domain;
using Standing.Domain.Admission;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Voting;

namespace Standing.Forecasting;

/// <summary>A member's choice as the model sees it: for or against the subject, whichever way the motion was put.</summary>
public enum Side
{
    /// <summary>For the subject (yes on an admission, no on a motion against it).</summary>
    For,

    /// <summary>Against the subject.</summary>
    Against,

    /// <summary>Abstaining.</summary>
    Abstain,

    /// <summary>Absent or not voting.</summary>
    Absent,
}

/// <summary>
/// What is known about a member on the eve of a vote, as numbers: its recognition category, how long it has
/// recognised, its blocs, its earlier votes on the subject and its habits in every recorded roll call; and the
/// starting point the model moves from: the category table, with the body's own turnout. Only what happened before
/// the vote's day is used.
/// </summary>
internal sealed class VoterFeatures
{
    public const int Sides = 4;
    private static readonly string[] Categories = ["recognises", "disputed", "withdrew", "non-recogniser-stated", "non-recogniser"];

    private readonly Registry _registry;
    private readonly ForecastPriors _priors;
    private readonly Dictionary<EntityCode, List<Ballot>> _record;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(OrganisationId, string, DateOnly), double?> _bodyAbsence = new();

    /// <summary>
    /// One member's vote in one roll call, measured against the room: how much more it supported the subject than the
    /// members present did on average (for +1, against −1, abstaining 0), and how much more it abstained or stayed
    /// away than the others. Measured so, abstaining on a motion against the subject that most opposed shows support,
    /// and abstaining where most abstained shows nothing.
    /// </summary>
    private sealed record Ballot(RecordedVote Vote, Side Side, double? Support, double Abstains, double Absent);

    public VoterFeatures(Registry registry, ForecastPriors priors)
    {
        _registry = registry;
        _priors = priors;
        _record = registry.Votes.Where(v => v.Ballot == Domain.Admission.Ballot.RollCall)
            .SelectMany(v =>
            {
                var sides = registry.RollCall(v.Id).Select(e => (e.Member, Side: SideOf(v, e.Choice))).ToList();
                var present = sides.Where(x => x.Side != Side.Absent).ToList();
                var meanSupport = present.Count == 0 ? 0 : present.Average(x => Score(x.Side));
                var abstainRate = present.Count == 0 ? 0 : present.Count(x => x.Side == Side.Abstain) / (double)present.Count;
                var absentRate = sides.Count(x => x.Side == Side.Absent) / (double)sides.Count;
                return sides.Select(x => (x.Member, Ballot: new Ballot(v, x.Side,
                    x.Side == Side.Absent ? null : Score(x.Side) - meanSupport,
                    x.Side == Side.Absent ? 0 : (x.Side == Side.Abstain ? 1 : 0) - abstainRate,
                    (x.Side == Side.Absent ? 1 : 0) - absentRate)));
            })
            .GroupBy(x => x.Member).ToDictionary(g => g.Key, g => g.Select(x => x.Ballot).ToList());
        Names = ["baseline", "subject not tracked", .. Categories.Select(c => $"category {c}"), "years recognised",
            .. priors.Blocs.Select(b => $"member of {b}"), "support for the subject in earlier roll calls, against the room",
            "abstains more than the room in earlier roll calls", "absent more than the room in earlier roll calls"];
    }

    private static double Score(Side side) => side switch { Side.For => 1, Side.Against => -1, _ => 0 };

    /// <summary>What each feature is, in words, in the order of <see cref="Of"/>.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The side <paramref name="choice"/> takes on a vote whose yes is for or against its subject.</summary>
    public static Side SideOf(RecordedVote vote, VoteChoice choice) => choice switch
    {
        VoteChoice.Yes => vote.YesFavoursSubject ? Side.For : Side.Against,
        VoteChoice.No => vote.YesFavoursSubject ? Side.Against : Side.For,
        VoteChoice.Abstain => Side.Abstain,
        _ => Side.Absent,
    };

    /// <summary>The choice a side is on an admission vote.</summary>
    public static string Name(Side side) => side switch
    {
        Side.For => "yes",
        Side.Against => "no",
        Side.Abstain => "abstain",
        _ => "absent",
    };

    /// <summary>
    /// The roll calls dated before <paramref name="day"/> that the model learns to forecast from, each member's vote
    /// with its side: votes whose yes supports the subject, like the admissions forecast. A motion against the subject
    /// is not the same question (on resolution 63/3 most of Kosovo's recognisers abstained), so it is used only as a
    /// member's earlier record.
    /// </summary>
    public IEnumerable<(RecordedVote Vote, EntityCode Member, Side Side)> RollCallsBefore(DateOnly day) =>
        _record.SelectMany(r => r.Value.Where(x => x.Vote.Date < day && x.Vote.YesFavoursSubject).Select(x => (x.Vote, r.Key, x.Side)));

    /// <summary>
    /// The features of <paramref name="member"/> on the eve of a vote in <paramref name="setting"/>, and the log of the
    /// category table's prior for each side (the model's starting point, where the subject is tracked).
    /// </summary>
    public (double[] X, double[] Offset) Of(VoteSetting setting, EntityCode member, string category)
    {
        var x = new double[Names.Count];
        var offset = new double[Sides];
        var i = 0;
        x[i++] = 1;
        var tracked = _registry.Subject(setting.Subject) is not null;
        x[i++] = tracked ? 0 : 1;
        foreach (var c in Categories)
        {
            x[i++] = tracked && category == c ? 1 : 0;
        }

        var first = tracked && category == "recognises" ? _registry.Ledger(setting.Subject, setting.Perspective).StatusOn(member, setting.Date).FirstRecognition : null;
        x[i++] = first is null ? 0 : Math.Log(1 + Math.Max(0, setting.Date.DayNumber - first.Date.Date.DayNumber) / 365.25) / 3;
        foreach (var bloc in _priors.Blocs)
        {
            // A bloc's direction on one subject says nothing about another, so blocs count only for tracked subjects.
            x[i++] = tracked && _registry.StatusIn(bloc, member, setting.Date)?.IsMemberOn(setting.Date) == true ? 1 : 0;
        }

        var earlier = _record.TryGetValue(member, out var record) ? record.Where(r => r.Vote.Date < setting.Date).ToList() : [];
        var support = earlier.Where(r => r.Vote.Subject == setting.Subject && r.Support is not null).Select(r => r.Support!.Value).ToList();
        x[i++] = support.Count == 0 ? 0 : support.Average();
        x[i++] = earlier.Count == 0 ? 0 : earlier.Average(r => r.Abstains);
        x[i] = earlier.Count == 0 ? 0 : earlier.Average(r => r.Absent);

        // The starting point: the category table's stance (or an even split for a subject that is not tracked), with its
        // absent share replaced by the body's own, where earlier votes show it: turnout is the body's, not the category's.
        double[] start = tracked && _priors.Categories.TryGetValue(category, out var prior) ? [prior.Yes, prior.No, prior.Abstain, prior.Absent] : [0.25, 0.25, 0.25, 0.25];
        if (_bodyAbsence.GetOrAdd((setting.Organisation, setting.Body, setting.Date), _ => BodyAbsence(setting)) is { } absent && start[3] < 1)
        {
            var scale = (1 - absent) / (1 - start[3]);
            start = [start[0] * scale, start[1] * scale, start[2] * scale, absent];
        }

        return (x, [.. start.Select(Log)]);
    }

    /// <summary>
    /// The share of seats empty in the body's earlier votes (tallies count too), else in the organisation's other
    /// bodies'; null when neither is on record before the day. Smoothed by half a seat so that a body that was always
    /// full is not taken to be certain to be full.
    /// </summary>
    private double? BodyAbsence(VoteSetting setting) =>
        (_registry.TalliesBefore(setting.Date, setting.Organisation, setting.Body) ?? _registry.TalliesBefore(setting.Date, setting.Organisation)) is { } t
            ? (t.Absent + 0.5) / (t.Total + 1.0)
            : null;

    private static double Log(double p) => Math.Log(Math.Max(p, 1e-3));
}
