namespace Consistency.Analysis;

/// <summary>How a run is carried out. None of these may change what it reports, only how fast.</summary>
public sealed record AnalyzerOptions
{
    /// <summary>Articles analysed at once; defaults to the number of processors.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    public ISeverityConfiguration Severities { get; init; } = DefaultSeverities.Instance;

    /// <summary>Rule IDs to run; empty runs every rule.</summary>
    public IReadOnlySet<string> OnlyRules { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}
