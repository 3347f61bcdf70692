namespace Consistency.Analysis.Suppressions;

/// <summary>
/// Accepts reviewed findings: marks them suppressed in each article's report, and after a run
/// reports the suppressions that are themselves wrong (no justification, or matching nothing).
/// </summary>
public interface ISuppressions
{
    ArticleReport Apply(ArticleReport report);

    /// <summary>
    /// Whether <see cref="Review"/> needs the run's reports: false when there is no suppression file
    /// (it then reports nothing), so a host writing reports as they come need not keep them.
    /// </summary>
    bool ReviewsReports { get; }

    /// <summary>Reports about the suppression files themselves, one per file with a problem.</summary>
    IReadOnlyList<ArticleReport> Review(IReadOnlyList<ArticleReport> articles, Func<string, bool> ruleRan);
}
