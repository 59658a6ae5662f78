using BenchmarkDotNet.Attributes;
using Standing.Domain.Voting;

namespace Standing.Benchmarks;

/// <summary>Voting power with 190 weights totalling 912 743 and a quota of a simple majority of the weight.</summary>
[MemoryDiagnoser]
public class Imf190Benchmarks
{
    private long[] _weights = [];
    private long _quota;

    [GlobalSetup]
    public void Setup()
    {
        _weights = Cases.Imf190();
        Cases.Check("total weight", 912_743, _weights.Sum(), 0);
        _quota = (_weights.Sum() / 2) + 1;
        Cases.Check("Banzhaf member 1", 0.280467, Banzhaf()[0], 5e-7);
        Cases.Check("Shapley-Shubik member 1", 0.215789, ShapleyShubik()[0], 5e-7);
    }

    [Benchmark]
    public double[] Banzhaf() => PowerIndex.Banzhaf(_weights, _quota);

    [Benchmark]
    public double[] ShapleyShubik() => PowerIndex.ShapleyShubik(_weights, _quota);
}
