using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Consistency.Benchmarks;

/// <summary>MB of article text per second (from the mean), so paths and corpora compare directly.</summary>
internal sealed class ThroughputColumn()
    : CorpusColumn("MB/s", "Megabytes (10^6 bytes) of article text per second, from the mean", UnitType.Dimensionless, 0)
{
    protected override string? Value(BenchmarkReport report, BenchmarkCase benchmarkCase) =>
        report.ResultStatistics is { } stats ? (Megabytes / (stats.Mean / 1e9)).ToString("F1", CultureInfo.InvariantCulture) : null;
}
