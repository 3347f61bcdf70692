using Consistency.Rules;

namespace Consistency.Analysis;

/// <summary>The reports of a run, ordered by path, with the rules that ran (for SARIF and catalogs).</summary>
public sealed record AnalysisResult(IReadOnlyList<ArticleReport> Articles, IReadOnlyList<RuleDescriptor> Rules)
{
    public IEnumerable<Diagnostic> Diagnostics => Articles.SelectMany(a => a.Diagnostics);

    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);
}
