namespace Consistency.Analysis.Suppressions;

/// <summary>Accepts nothing: every finding is reported as found.</summary>
public sealed class NoSuppressions : ISuppressions
{
    public static NoSuppressions Instance { get; } = new();

    public ArticleReport Apply(ArticleReport report) => report;

    public bool ReviewsReports => false;

    public IReadOnlyList<ArticleReport> Review(IReadOnlyList<ArticleReport> articles, Func<string, bool> ruleRan, Func<string, bool> ruleExists) => [];
}
