using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Consistency.Benchmarks -- --filter '*'` (see bench/README.md).
BenchmarkSwitcher.FromAssembly(typeof(Consistency.Benchmarks.EngineBenchmarks).Assembly).Run(args);
