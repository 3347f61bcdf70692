using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Consistency.Benchmarks;

/// <summary>A custom column that scales a benchmark's result by the size of the corpus it ran over.</summary>
internal abstract class CorpusColumn(string name, string legend, UnitType unit, int priority) : IColumn
{
    public string Id => GetType().Name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => priority;

    public bool IsNumeric => true;

    public UnitType UnitType => unit;

    public string Legend => legend;

    /// <summary>Megabytes (10^6 bytes) of article text in the corpus.</summary>
    protected static double Megabytes => BenchCorpus.Bytes / 1e6;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary?[benchmarkCase] is { } report ? Value(report, benchmarkCase) ?? "-" : "-";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    protected abstract string? Value(BenchmarkReport report, BenchmarkCase benchmarkCase);
}
