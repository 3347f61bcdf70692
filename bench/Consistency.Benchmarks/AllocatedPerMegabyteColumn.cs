using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Consistency.Benchmarks;

/// <summary>Bytes allocated per MB of article text (from [MemoryDiagnoser]), the figure that predicts GC cost on big corpora.</summary>
internal sealed class AllocatedPerMegabyteColumn : IColumn
{
    public string Id => nameof(AllocatedPerMegabyteColumn);

    public string ColumnName => "Alloc/MB";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => "Bytes allocated per megabyte (10^6 bytes) of article text";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var allocated = summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        if (allocated is not { } bytes)
        {
            return "-";
        }

        var perMegabyte = bytes / (BenchCorpus.Bytes / 1e6);
        return (perMegabyte / (1024 * 1024)).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " MiB";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
