namespace Consistency.Analysis.Suppressions;

/// <summary>
/// Accepts reviewed findings: marks them suppressed in each article's report, and after a run
/// reports the suppressions that are themselves wrong (no justification, or matching nothing).
/// </summary>
public interface ISuppressions
{
    ArticleReport Apply(ArticleReport report);

    /// <summary>Reports about the suppression files themselves, one per file with a problem.</summary>
    IReadOnlyList<ArticleReport> Review(IReadOnlyList<ArticleReport> articles, Func<string, bool> ruleRan);
}
