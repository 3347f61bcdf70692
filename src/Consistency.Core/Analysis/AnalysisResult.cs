using Consistency.Rules;
using Consistency.Rules.Corpus;

namespace Consistency.Analysis;

/// <summary>
/// The reports of a run, ordered by path, with the rules that ran (for SARIF and catalogs), and
/// the reports about configuration files the run read (a suppression without a justification, or
/// one that matches nothing), which come after the articles.
/// </summary>
public sealed record AnalysisResult(IReadOnlyList<ArticleReport> Articles, IReadOnlyList<RuleDescriptor> Rules)
{
    public IReadOnlyList<ArticleReport> ConfigurationReports { get; init; } = [];

    /// <summary>The corpus rules' findings, one report per article they land in (path order), written after every article's own report.</summary>
    public IReadOnlyList<ArticleReport> CorpusReports { get; init; } = [];

    /// <summary>What the corpus rules recorded of each article, in corpus order (the claims matrix is made of these).</summary>
    public IReadOnlyList<ArticleObservation> Observations { get; init; } = [];

    /// <summary>Every report: the articles', then the corpus rules', then the configuration files'.</summary>
    public IEnumerable<ArticleReport> Reports => Articles.Concat(CorpusReports).Concat(ConfigurationReports);

    public IEnumerable<Diagnostic> Diagnostics => Reports.SelectMany(a => a.Diagnostics);

    /// <summary>An article's own report with the corpus findings that land in it, in output order (what the gate's snapshot of the article shows).</summary>
    public ArticleReport WithCorpusFindings(ArticleReport article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var corpus = CorpusReports.Where(r => r.Path == article.Path).SelectMany(r => r.Diagnostics).ToArray();
        if (corpus.Length == 0)
        {
            return article;
        }

        var all = article.Diagnostics.Concat(corpus).ToList();
        all.Sort(Diagnostic.Order);
        return article with { Diagnostics = all };
    }

    /// <summary>The same result with each corpus finding moved into its article's report (for reports that show an article's findings together: HTML, Markdown).</summary>
    public AnalysisResult WithCorpusFindingsInArticles() =>
        CorpusReports.Count == 0 ? this : this with { Articles = Articles.Select(WithCorpusFindings).ToArray(), CorpusReports = [] };

    /// <summary>Findings of a severity that count: suppressed ones are reported but never counted.</summary>
    public int Count(Severity severity) => DiagnosticTally.Of(Diagnostics).Count(severity);

    /// <summary>The same result without the diagnostics below <paramref name="minimum"/> (what <c>--min-severity</c> shows).</summary>
    public AnalysisResult AtOrAbove(Severity minimum) => this with
    {
        Articles = Filter(Articles, minimum),
        CorpusReports = Filter(CorpusReports, minimum),
        ConfigurationReports = Filter(ConfigurationReports, minimum),
    };

    private static ArticleReport[] Filter(IReadOnlyList<ArticleReport> reports, Severity minimum) =>
        reports.Select(r => r.AtOrAbove(minimum)).ToArray();
}
