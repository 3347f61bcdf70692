using Consistency.Analysis.Suppressions;

namespace Consistency.Analysis;

/// <summary>How a run is carried out: which rules, at which severities, with which accepted findings, how fast.</summary>
public sealed record AnalyzerOptions
{
    /// <summary>Articles analysed at once; defaults to the number of processors.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    public ISeverityConfiguration Severities { get; init; } = DefaultSeverities.Instance;

    /// <summary>Reviewed findings to report as suppressed; none by default.</summary>
    public ISuppressions Suppressions { get; init; } = NoSuppressions.Instance;

    /// <summary>
    /// Which pack checks each article. Null (the default): every pack the analyzer was given checks
    /// every article, for a host that chose its packs itself. Set: only the chosen pack, and an
    /// article no pack claims is reported as CON0008.
    /// </summary>
    public IPackChoice? PackChoice { get; init; }

    /// <summary>Rule IDs to run; empty runs every rule.</summary>
    public IReadOnlySet<string> OnlyRules { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Called on a worker thread as each article is done (a progress display); must not change anything.</summary>
    public Action<ArticleReport>? ArticleAnalyzed { get; init; }
}
