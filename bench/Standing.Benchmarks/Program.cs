using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Standing.Benchmarks -- --filter '*Un196*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Standing.Benchmarks.Un196Benchmarks).Assembly).Run(args);
