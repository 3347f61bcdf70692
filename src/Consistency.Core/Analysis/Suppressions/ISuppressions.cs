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
    /// <param name="articles">Every report of the run.</param>
    /// <param name="ruleRan">Whether a rule ID ran in this run (an entry for a rule left out by --rules is not stale).</param>
    /// <param name="ruleExists">Whether any pack or the engine has a rule of that ID (an entry naming none can never match: stale).</param>
    IReadOnlyList<ArticleReport> Review(IReadOnlyList<ArticleReport> articles, Func<string, bool> ruleRan, Func<string, bool> ruleExists);
}
