using BenchmarkDotNet.Attributes;
using Standing.Domain;
using Standing.Domain.Recognition;
using Standing.Forecasting;

namespace Standing.Benchmarks;

/// <summary>Fitting the forecast learned from roll calls for one forecast date, on the repository's data.</summary>
[MemoryDiagnoser]
public class RollCallModelBenchmarks
{
    private Registry _registry = null!;

    [GlobalSetup]
    public void Load() => _registry = Registry.Create(RepositoryData.Read());

    /// <summary>The eve of the Council of Europe ministers' vote of April 2023: the roll calls before it.</summary>
    [Benchmark]
    public RollCallModel FitBefore2023() => RollCallModel.Fit(_registry, new(2023, 4, 23), Perspective.Default);

    /// <summary>Today: every roll call on record.</summary>
    [Benchmark]
    public RollCallModel FitOnEverything() => RollCallModel.Fit(_registry, new(2026, 12, 5), Perspective.Default);
}
