using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Standing.Domain;
using Standing.Domain.Entities;
using Standing.Domain.Recognition;
using Standing.Domain.Voting;

namespace Standing.Forecasting;

/// <summary>
/// A forecast of each member's vote learned from the recorded roll calls: a multinomial logistic regression over
/// yes (for the subject), no, abstain and absent, starting from the category table (its log-probabilities are the
/// model's offsets) and moved by what the roll calls before the forecast's day show. L2 regularisation pulls every
/// weight towards 0, so a member with no record, in a body with no record, keeps the category table's stance.
/// </summary>
public sealed class RollCallModel : IVoterModel
{
    /// <summary>The L2 penalty on the weights: how much evidence it takes to move a member away from the table.</summary>
    public const double Penalty = 2.0;

    private readonly VoterFeatures _features;
    private readonly double[,] _weights;

    private RollCallModel(VoterFeatures features, double[,] weights, DateOnly before, int samples, int rollCalls)
    {
        (_features, _weights, Before, Samples, RollCalls) = (features, weights, before, samples, rollCalls);
    }

    /// <inheritdoc/>
    public string Name => "roll-calls";

    /// <summary>The model learned only from roll calls dated before this day.</summary>
    public DateOnly Before { get; }

    /// <summary>How many member votes it was fitted to.</summary>
    public int Samples { get; }

    /// <summary>How many roll calls those votes came from.</summary>
    public int RollCalls { get; }

    /// <summary>Fits the model to every complete roll call dated before <paramref name="before"/>.</summary>
    /// <exception cref="ArgumentException">The data set has no forecast priors.</exception>
    public static RollCallModel Fit(Registry registry, DateOnly before, Perspective perspective)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var priors = registry.Priors ?? throw new ArgumentException("the data set has no forecast priors (data/forecast/priors.json)", nameof(registry));
        var features = new VoterFeatures(registry, priors);
        var samples = features.RollCallsBefore(before)
            .Where(s => s.Member != registry.Subject(s.Vote.Subject)?.ContestedBy)
            .Select(s =>
            {
                var setting = new VoteSetting(s.Vote.Organisation, s.Vote.Body, s.Vote.Subject, s.Vote.Date, perspective);
                var category = registry.Subject(s.Vote.Subject) is null ? "untracked" : registry.PriorCategory(s.Member, s.Vote.Subject, s.Vote.Date, perspective);
                var (x, offset) = features.Of(setting, s.Member, category);
                return (X: x, Offset: offset, Side: (int)s.Side, s.Vote.Id);
            }).ToList();
        var size = features.Names.Count;
        var weights = new double[VoterFeatures.Sides, size];
        if (samples.Count > 0)
        {
            var data = samples.Select(s => (s.X, s.Offset, s.Side)).ToList();
            var objective = ObjectiveFunction.Gradient(w => Loss(w, data, size));
            var result = new LimitedMemoryBfgsMinimizer(1e-6, 1e-8, 1e-10, 10, 1000).FindMinimum(objective, Vector<double>.Build.Dense(VoterFeatures.Sides * size));
            for (var k = 0; k < VoterFeatures.Sides; k++)
            {
                for (var j = 0; j < size; j++)
                {
                    weights[k, j] = result.MinimizingPoint[k * size + j];
                }
            }
        }

        return new RollCallModel(features, weights, before, samples.Count, samples.Select(s => s.Id).Distinct().Count());
    }

    /// <inheritdoc/>
    public VoterForecast Predict(VoteSetting setting, EntityCode member, string category)
    {
        ArgumentNullException.ThrowIfNull(setting);
        if (category == "contesting-state")
        {
            // Certain, as in the category table; its pull is the largest a prior can have here (log 1000).
            return new VoterForecast(new MemberStance(member.Value, 0, 1, 0, 0), [new Reason("category contesting-state (the table's prior)", "no", Math.Round(Math.Log(1e3), 3))]);
        }

        var (x, offset) = _features.Of(setting, member, category);
        var p = Probabilities(_weights, x, offset);
        return new VoterForecast(new MemberStance(member.Value, p[0], p[1], p[2], p[3]), Reasons(x, offset, p, category));
    }

    /// <summary>The factors that moved the forecast most: each one's pull on the log-probability of the side it favours.</summary>
    private List<Reason> Reasons(double[] x, double[] offset, double[] p, string category)
    {
        var pulls = new List<Reason>();
        void Add(string factor, Func<int, double> contribution)
        {
            var mean = Enumerable.Range(0, VoterFeatures.Sides).Sum(k => p[k] * contribution(k));
            var side = Enumerable.Range(0, VoterFeatures.Sides).MaxBy(k => contribution(k) - mean);
            var pull = contribution(side) - mean;
            if (pull > 1e-3)
            {
                pulls.Add(new Reason(factor, VoterFeatures.Name((Side)side), Math.Round(pull, 3)));
            }
        }

        if (offset.Any(o => o != 0))
        {
            Add($"category {category} (the table's prior)", k => offset[k]);
        }

        for (var j = 1; j < x.Length; j++)
        {
            if (x[j] != 0)
            {
                var jj = j;
                Add(x[j] == 1 ? _features.Names[j] : $"{_features.Names[j]} ({x[j]:0.##})", k => x[jj] * _weights[k, jj]);
            }
        }

        return [.. pulls.OrderByDescending(r => r.Weight).Take(3)];
    }

    private static double[] Probabilities(double[,] w, double[] x, double[] offset)
    {
        var logits = new double[VoterFeatures.Sides];
        for (var k = 0; k < logits.Length; k++)
        {
            logits[k] = offset[k];
            for (var j = 0; j < x.Length; j++)
            {
                logits[k] += w[k, j] * x[j];
            }
        }

        var max = logits.Max();
        var e = logits.Select(l => Math.Exp(l - max)).ToArray();
        var sum = e.Sum();
        return [.. e.Select(v => v / sum)];
    }

    /// <summary>Negative log-likelihood plus the L2 penalty, and its gradient, for weights laid out side by side.</summary>
    private static (double, Vector<double>) Loss(Vector<double> flat, List<(double[] X, double[] Offset, int Side)> samples, int size)
    {
        var w = new double[VoterFeatures.Sides, size];
        for (var k = 0; k < VoterFeatures.Sides; k++)
        {
            for (var j = 0; j < size; j++)
            {
                w[k, j] = flat[k * size + j];
            }
        }

        var loss = 0.5 * Penalty * flat.DotProduct(flat);
        var gradient = flat.Multiply(Penalty);
        foreach (var (x, offset, side) in samples)
        {
            var p = Probabilities(w, x, offset);
            loss -= Math.Log(Math.Max(p[side], 1e-300));
            for (var k = 0; k < VoterFeatures.Sides; k++)
            {
                var error = p[k] - (k == side ? 1 : 0);
                for (var j = 0; j < size; j++)
                {
                    gradient[k * size + j] += error * x[j];
                }
            }
        }

        return (loss, gradient);
    }
}
