using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Consistency.Benchmarks -- --filter '*'` (see bench/README.md);
// `... -- stages [iterations]` prints the time of each stage, claims reader and rule instead.
if (args is ["stages", ..])
{
    Consistency.Benchmarks.StageTimes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3, Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Consistency.Benchmarks.EngineBenchmarks).Assembly).Run(args);
