using BenchmarkDotNet.Attributes;
using Standing.Domain.Voting;

namespace Standing.Benchmarks;

/// <summary>The exact engine and Monte Carlo on the 196-member model, under yes ≥ 2·no and yes + no ≥ 1.</summary>
[MemoryDiagnoser]
public class Un196Benchmarks
{
    private static readonly LinearCriterion TwoThirds = new(1, 2, 0, 0, false, 1, null);
    private static readonly LinearCriterion WithQuorum = TwoThirds with { Quorum = 99 };
    private IReadOnlyList<MemberStance> _members = [];
    private int[] _blocs = [];

    [GlobalSetup]
    public void Setup()
    {
        _members = Cases.Un196();
        _blocs = [.. Enumerable.Range(0, 196).Select(i => i % 6)];
        // Each case checks its answer before it is timed.
        Cases.Check("AdmissionProbability", 0.968393561694575, AdmissionProbability(), 1e-13);
        Cases.Check("Swing member 1", 0.01417773, Swing()[0], 1e-8);
        Cases.Check("Quorum", 0.968393561694573, Quorum(), 1e-13);
    }

    [Benchmark]
    public double AdmissionProbability() => ExactEngine.Probability(_members, TwoThirds);

    [Benchmark]
    public double[] Swing() => ExactEngine.Swing(_members, TwoThirds);

    [Benchmark]
    public double Quorum() => ExactEngine.Probability(_members, WithQuorum);

    /// <summary>One million trials, six correlated blocs (member i in bloc i mod 6, correlation 0.3).</summary>
    [Benchmark]
    public MonteCarloResult MonteCarlo() =>
        Standing.Domain.Voting.MonteCarlo.Run(_members, _blocs, 0.3, (y, n, a, v) => !v && TwoThirds.IsMetBy(y, n, a), null, 1_000_000, seed: 1);
}
