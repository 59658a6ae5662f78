using BenchmarkDotNet.Attributes;
using Standing.Domain.Admission;
using Standing.Domain.Voting;

namespace Standing.Benchmarks;

/// <summary>Both indices for all 27 members under the EU Council's qualified majority, with the 2024 populations in data/.</summary>
[MemoryDiagnoser]
public class Eu27Benchmarks
{
    private long[] _population = [];

    [GlobalSetup]
    public void Setup()
    {
        _population = Cases.EuPopulation2024();
        Cases.Check("EU members", 27, _population.Length, 0);
        var (banzhaf, shapley) = Both();
        Cases.Check("Banzhaf sums to 1", 1, banzhaf.Sum(), 1e-9);
        Cases.Check("Shapley-Shubik sums to 1", 1, shapley.Sum(), 1e-9);
    }

    [Benchmark]
    public (double[] Banzhaf, double[] Shapley) Both() =>
        DoubleMajorityPower.Compute(_population, new Fraction(55, 100), new Fraction(65, 100), blockingMinority: 4);
}
