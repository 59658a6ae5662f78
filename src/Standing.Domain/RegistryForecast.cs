using Standing.Domain.Admission;
using Standing.Domain.Admission.Rules;
using Standing.Domain.Entities;
using Standing.Domain.Organisations;
using Standing.Domain.Recognition;
using Standing.Domain.Voting;

namespace Standing.Domain;

public sealed partial class Registry
{
    /// <summary>A weights table (data/rules/weights/&lt;name&gt;.csv), empty when there is none.</summary>
    public IReadOnlyDictionary<EntityCode, long> Weights(string table) =>
        _weights.Value.TryGetValue(table, out var w) ? w : new Dictionary<EntityCode, long>();

    /// <summary>The forecast model's priors, or null when the data set has none.</summary>
    public ForecastPriors? Priors { get; private init; }

    /// <summary>The prior category of a member towards a subject on a date.</summary>
    public string PriorCategory(EntityCode member, EntityCode subject, DateOnly day, Perspective perspective)
    {
        var s = Subject(subject) ?? throw new ArgumentException($"'{subject}' is not a tracked subject.", nameof(subject));
        if (member == s.ContestedBy)
        {
            return "contesting-state";
        }

        return Ledger(subject, perspective).StatusOn(member, day).State switch
        {
            RecognitionState.Recognised when Claims.Any(c => c.Subject == subject && c.State == member && c.Party == s.ContestedBy
                && c.Stance == ClaimStance.Asserts && c.Event == RecognitionEventKind.Withdrawn && c.EventDate.Date <= day) => "disputed",
            RecognitionState.Recognised => "recognises",
            RecognitionState.Withdrawn => "withdrew",
            _ => Positions.Any(p => p.Subject == subject && p.State == member) ? "non-recogniser-stated" : "non-recogniser",
        };
    }

    /// <summary>Forecasts a vote on the subject's admission: P(passes), the expected tally, swing and the smallest flip.</summary>
    /// <exception cref="VoteInputException">The organisation, body, round or an assumption is unknown, or the body has no roster and no model was given.</exception>
    public Forecast Forecast(ForecastRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stage = StageOf(request.Organisation, request.Body, request.Round, request.Motion);
        // A rule change is a what-if on the stage: the same body, another rule.
        stage = request.Rule is { } changed ? stage with { Rule = changed, Readings = null } : stage;
        var (members, categories, reasons) = request.Model is { } model
            ? (model.ToList(), model.Select(_ => "model").ToList(), model.Select(_ => (IReadOnlyList<Reason>)[]).ToList())
            : PriorModel(request, stage);
        members = request.AfterRound is { } revealed ? Rake(members, revealed) : members;
        (members, var assumed) = ApplyAssumptions(members, request.Assumptions, request.AsOf);
        // Swing and flips are about members whose vote is open: not those the user has fixed, nor those certain already.
        var open = members.Select(m => !assumed.Contains(m.Member) && Math.Max(Math.Max(m.Yes, m.No), Math.Max(m.Abstain, m.Absent)) < 1).ToArray();
        var holders = stage.Rule.Flatten().OfType<VetoRule>().SelectMany(v => MembersOn(v.Holders, request.AsOf).Select(c => c.Value)).ToHashSet(StringComparer.Ordinal);
        bool Holder(int i) => holders.Contains(members[i].Member);

        var exact = Exact(stage.Rule, members, Holder);
        MonteCarloResult? mc = null;
        double[]? simulatedSwing = null;
        if (request.MonteCarloTrials is { } trials || exact is null)
        {
            (mc, simulatedSwing) = Simulate(stage.Rule, members, Holder, request.AsOf, request.MonteCarloTrials ?? 100_000, request.Seed, request.Progress, request.Cancellation);
        }

        var expected = (members.Sum(m => m.Yes), members.Sum(m => m.No), members.Sum(m => m.Abstain), members.Sum(m => m.Absent));
        var swing = (exact?.Swing ?? simulatedSwing) is { } deltas
            ? members.Select((m, i) => (m.Member, deltas[i])).Where((_, i) => open[i]).OrderByDescending(x => x.Item2).ThenBy(x => x.Member, StringComparer.Ordinal).ToList()
            : [];
        var flip = exact is null ? [] : Flip(stage.Rule, members, Holder, exact.Value.P, open);
        return new Forecast(stage, members, categories, exact?.P ?? mc!.PAdmitted, exact?.Method ?? "monte-carlo", mc, expected,
            ExactEngine.YesDistribution(members), swing, flip, reasons,
            request.Model is not null ? "model file" : request.Voters?.Name ?? CategoryTable);
    }

    /// <summary>The name of the default voter model: the category table of data/forecast/priors.json.</summary>
    public const string CategoryTable = "categories";

    private (List<MemberStance>, List<string>, List<IReadOnlyList<Reason>>) PriorModel(ForecastRequest request, Stage stage)
    {
        var (organisation, subject, day, perspective) = (request.Organisation, request.Subject, request.AsOf, request.Perspective);
        var priors = Priors ?? throw new VoteInputException("model", "the data set has no forecast priors (data/forecast/priors.json); give a model of the members");
        var roster = BodyRoster(organisation, stage.Body, day)
            ?? throw new VoteInputException("model", $"the members of {organisation} {stage.Body} are not on record; give a model of the members");
        foreach (var (codes, field) in new[] { (request.Recognise, "recognise"), (request.Withdraw, "withdraw"), (request.Join, "join"), (request.Leave, "leave") })
        {
            if (codes.FirstOrDefault(c => Entity(c) is null) is { Value: not null } unknown)
            {
                throw new VoteInputException(field, $"unknown state '{unknown}'");
            }
        }

        if (request.Leave.FirstOrDefault(c => !roster.Contains(c)) is { Value: not null } stranger)
        {
            throw new VoteInputException("leave", $"{stranger} does not sit in {organisation} {stage.Body} on {day:yyyy-MM-dd}");
        }

        roster.UnionWith(request.Join);
        roster.ExceptWith(request.Leave);
        var voters = roster.Where(m => m != subject).OrderBy(m => m.Value, StringComparer.Ordinal).ToList();
        var categories = voters.Select(m =>
            request.Recognise.Contains(m) ? "recognises"
            : request.Withdraw.Contains(m) ? "withdrew"
            : PriorCategory(m, subject, day, perspective)).ToList();
        if (request.Voters is { } learned)
        {
            var setting = new VoteSetting(organisation, stage.Body, subject, day, perspective);
            var forecasts = voters.Select((m, i) => learned.Predict(setting, m, categories[i])).ToList();
            return ([.. forecasts.Select(f => f.Stance)], categories, [.. forecasts.Select(f => f.Reasons)]);
        }

        var members = voters.Select((m, i) =>
        {
            var p = priors.Categories[categories[i]];
            return new MemberStance(m.Value, p.Yes, p.No, p.Abstain, p.Absent);
        }).ToList();
        return (members, categories, [.. members.Select(_ => (IReadOnlyList<Reason>)[])]);
    }

    /// <summary>
    /// The stances scaled, choice by choice and then member by member, until their expected tally is the round's
    /// (iterative proportional fitting): each member keeps its own leanings, and the body as a whole votes as it just did.
    /// </summary>
    /// <exception cref="VoteInputException">The round's tally does not fit the body, or asks for a choice no member can make.</exception>
    private static List<MemberStance> Rake(List<MemberStance> members, Tally round)
    {
        var present = (long)round.Yes + round.No + round.Abstain;
        if (present > members.Count)
        {
            throw new VoteInputException("afterRound", $"{present} votes cast and abstaining, but the body has {members.Count} members");
        }

        double[] target = [round.Yes, round.No, round.Abstain, members.Count - present];
        var p = members.Select(m => new[] { m.Yes, m.No, m.Abstain, m.Absent }).ToArray();
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var worst = 0.0;
            for (var k = 0; k < 4; k++)
            {
                var sum = p.Sum(row => row[k]);
                if (sum == 0 && target[k] > 0)
                {
                    throw new VoteInputException("afterRound", $"the round had {target[k]} {((VoteChoice)k).ToKebab()}, but no member could vote so");
                }

                worst = Math.Max(worst, Math.Abs(sum - target[k]));
                foreach (var row in p)
                {
                    row[k] = sum == 0 ? 0 : row[k] * target[k] / sum;
                }
            }

            foreach (var row in p)
            {
                var total = row.Sum();
                for (var k = 0; k < 4; k++)
                {
                    row[k] = total == 0 ? 0.25 : row[k] / total;
                }
            }

            if (worst < 1e-9)
            {
                break;
            }
        }

        return [.. members.Select((m, i) => new MemberStance(m.Member, p[i][0], p[i][1], p[i][2], p[i][3]))];
    }

    /// <summary>The members after the user's what-ifs, and the members those what-ifs set.</summary>
    private (List<MemberStance> Members, HashSet<string> Assumed) ApplyAssumptions(List<MemberStance> members, IReadOnlyList<Assumption> assumptions, DateOnly day)
    {
        var assumed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in assumptions)
        {
            HashSet<string> targets;
            if (a.Target.StartsWith("bloc:", StringComparison.OrdinalIgnoreCase))
            {
                var org = new OrganisationId(a.Target[5..]);
                if (Organisation(org) is null)
                {
                    throw new VoteInputException("assume", $"'{a.Target}': no organisation {org}");
                }

                targets = MembersOn(org, day).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            }
            else
            {
                var code = members.Any(m => m.Member == a.Target) ? a.Target : FindEntity(a.Target)?.Code.Value;
                if (code is null || members.All(m => m.Member != code))
                {
                    throw new VoteInputException("assume", $"'{a.Target}' does not vote in this body");
                }

                targets = [code];
            }

            members = [.. members.Select(m => targets.Contains(m.Member) ? a.Apply(m) : m)];
            assumed.UnionWith(targets);
        }

        return (members, assumed);
    }

    /// <summary>The exact (or closed-form) probability and swing under a rule, or null when the rule needs simulation.</summary>
    private (double P, double[] Swing, string Method)? Exact(AdmissionRule rule, List<MemberStance> members, Func<int, bool> holder)
    {
        switch (rule)
        {
            // Without weights on record the weight test cannot fail (it is "not checked"), so only the count decides.
            case DoubleMajorityRule d when !_weights.Value.ContainsKey(d.Weights):
            {
                var count = new LinearCriterion(1, 0, 0, Math.Max(d.CountFraction.Threshold(members.Count, strict: false), 1), false, 1, null);
                return (ExactEngine.Probability(members, count), ExactEngine.Swing(members, count), "exact (member count; weights not on record)");
            }

            case MajorityRule m when LinearCriterion.From(m, members.Count) is { } c:
                return (ExactEngine.Probability(members, c), ExactEngine.Swing(members, c), "exact");
            case AllOfRule all when all.Rules.Count(r => r is MajorityRule) == 1
                                    && all.Rules.All(r => r is MajorityRule or VetoRule or ConsensusRule or UnanimityRule { AbstentionBlocks: false, AbsenceBlocks: false })
                                    && LinearCriterion.From(all.Rules.OfType<MajorityRule>().Single(), members.Count) is { } c:
            {
                // "Nobody votes no" (consensus, or unanimity where abstaining and absence do not block) is a veto held by all.
                var everyone = all.Rules.Any(r => r is ConsensusRule or UnanimityRule);
                bool Blocks(int i) => everyone || holder(i);
                return (ExactEngine.Probability(members, c, Blocks), ExactEngine.Swing(members, c, Blocks), "exact");
            }
            case UnanimityRule u:
                return Product(members, m => m.Yes + (u.AbstentionBlocks ? 0 : m.Abstain) + (u.AbsenceBlocks ? 0 : m.Absent));
            case ConsensusRule:
                return Product(members, m => 1 - m.No);
            case VetoRule:
                return Product(members, m => 1 - m.No, holder);
            default:
                return null;
        }
    }

    /// <summary>P = Π over members of P(it does not block); swing_i = the product over the others.</summary>
    private static (double, double[], string) Product(List<MemberStance> members, Func<MemberStance, double> passes, Func<int, bool>? only = null)
    {
        var factors = members.Select((m, i) => only is null || only(i) ? passes(m) : 1).ToArray();
        var p = factors.Aggregate(1.0, (a, f) => a * f);
        var swing = factors.Select((_, i) => only is null || only(i) ? factors.Where((_, j) => j != i).Aggregate(1.0, (a, f) => a * f) : 0).ToArray();
        return (p, swing, "closed-form");
    }

    /// <summary>A Monte Carlo estimate, and for weighted majorities each member's swing from the same trials.</summary>
    private (MonteCarloResult, double[]?) Simulate(
        AdmissionRule rule, List<MemberStance> members, Func<int, bool> holder, DateOnly day, long trials, ulong seed, Action<long>? progress, CancellationToken ct)
    {
        var priors = Priors;
        var blocs = members.Select(m => EntityCode.TryParse(m.Member, out var code) && priors is not null
            ? priors.Blocs.Select((org, i) => (org, i)).FirstOrDefault(b => MembersOn(b.org, day).Contains(code), (default, -1)).i
            : -1).ToArray();
        var correlation = priors?.BlocCorrelation ?? 0;
        if (rule is MajorityRule m && LinearCriterion.From(m, members.Count) is { } c)
        {
            return (MonteCarlo.Run(members, blocs, correlation, (y, n, a, v) => !v && c.IsMetBy(y, n, a), holder, trials, seed, progress, ct), null);
        }

        if (rule is WeightedMajorityRule weighted && _weights.Value.TryGetValue(weighted.Weights, out var table))
        {
            // Weighted majority: sum each trial's yes and no weights directly. Swing comes from the same trials,
            // counterfactually: with the others' votes as drawn, would the vote pass with this member yes, and with it no?
            var w = members.Select(x => EntityCode.TryParse(x.Member, out var e) ? table.GetValueOrDefault(e) : 0).ToArray();
            var all = w.Sum();
            bool Passes(long yes, long cast) =>
                yes >= Math.Max(weighted.Fraction.Threshold(weighted.Base == MajorityBase.Members ? all : cast, weighted.Strict), 1);
            var swingCount = new long[members.Count];
            var result = MonteCarlo.RunMembers(members, blocs, correlation, choices =>
            {
                long yes = 0, cast = 0;
                for (var i = 0; i < choices.Length; i++)
                {
                    yes += choices[i] == VoteChoice.Yes ? w[i] : 0;
                    cast += choices[i] is VoteChoice.Yes or VoteChoice.No ? w[i] : 0;
                }

                for (var i = 0; i < choices.Length; i++)
                {
                    // The others' totals without member i, then i added as yes and as no.
                    var (othersYes, othersCast) = (yes - (choices[i] == VoteChoice.Yes ? w[i] : 0), cast - (choices[i] is VoteChoice.Yes or VoteChoice.No ? w[i] : 0));
                    swingCount[i] += (Passes(othersYes + w[i], othersCast + w[i]) ? 1 : 0) - (Passes(othersYes, othersCast + w[i]) ? 1 : 0);
                }

                return Passes(yes, cast);
            }, trials, seed, progress, ct);
            return (result, [.. swingCount.Select(c => (double)c / trials)]);
        }

        // Any other rule: evaluate it on the simulated member votes themselves.
        var codes = members.Select(x => EntityCode.TryParse(x.Member, out var e) ? e : (EntityCode?)null).ToArray();
        var context = (IReadOnlyList<MemberVote> votes) => new VoteContext(Tally.From(votes), votes, members.Count,
            org => MembersOn(org, day).ToHashSet(), table => _weights.Value.TryGetValue(table, out var w) ? w : null);
        return (MonteCarlo.RunMembers(members, blocs, correlation, choices =>
        {
            var votes = choices.Select((ch, i) => codes[i] is { } code ? new MemberVote(code, ch) : null).OfType<MemberVote>().ToList();
            return rule.Evaluate(context(votes)).Result != RuleResult.Failed;
        }, trials, seed, progress, ct), null);
    }

    /// <summary>
    /// Greedily makes the <paramref name="open"/> members with the largest swing certain, against the likely outcome, until it
    /// turns; empty when no such members can turn it.
    /// </summary>
    private List<string> Flip(AdmissionRule rule, List<MemberStance> members, Func<int, bool> holder, double p, bool[] open)
    {
        var likely = p >= 0.5;
        var copy = members.ToList();
        var flipped = new List<string>();
        for (var step = 0; step < members.Count; step++)
        {
            var current = Exact(rule, copy, holder);
            if (current is null || (current.Value.P >= 0.5) != likely)
            {
                return current is null ? [] : flipped;
            }

            var candidates = current.Value.Swing.Select((d, i) => (i, d)).Where(x => open[x.i] && !flipped.Contains(copy[x.i].Member)).ToList();
            if (candidates.Count == 0)
            {
                return [];
            }

            var index = candidates.MaxBy(x => x.d).i;

            var target = likely ? VoteChoice.No : VoteChoice.Yes;
            copy[index] = copy[index].Certain(target);
            flipped.Add($"{copy[index].Member}={target.ToKebab()}");
        }

        return [];
    }
}
