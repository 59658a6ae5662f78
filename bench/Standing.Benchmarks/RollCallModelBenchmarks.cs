using BenchmarkDotNet.Attributes;
using Standing.Data.Files;
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
    public void Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var data = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(data, "recognitions.csv")))
            {
                _registry = Registry.Create(DataSetReader.Read(data).Input);
                return;
            }
        }

        throw new DirectoryNotFoundException("data/ not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The eve of the Council of Europe ministers' vote of April 2023: the roll calls before it.</summary>
    [Benchmark]
    public RollCallModel FitBefore2023() => RollCallModel.Fit(_registry, new(2023, 4, 23), Perspective.Default);

    /// <summary>Today: every roll call on record.</summary>
    [Benchmark]
    public RollCallModel FitOnEverything() => RollCallModel.Fit(_registry, new(2026, 12, 5), Perspective.Default);
}
