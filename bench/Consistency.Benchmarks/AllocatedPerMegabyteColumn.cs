using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Consistency.Benchmarks;

/// <summary>Memory allocated per MB of article text (from [MemoryDiagnoser]), the figure that predicts GC cost on big corpora.</summary>
internal sealed class AllocatedPerMegabyteColumn()
    : CorpusColumn("Alloc/MB", "MiB allocated per megabyte (10^6 bytes) of article text", UnitType.Size, 1)
{
    protected override string? Value(BenchmarkReport report, BenchmarkCase benchmarkCase) =>
        report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes
            ? (bytes / Megabytes / (1024 * 1024)).ToString("F2", CultureInfo.InvariantCulture) + " MiB"
            : null;
}
