using System.Globalization;
using System.Text;
using Consistency.Analysis;
using Consistency.Rules;

namespace Consistency.Reporting;

/// <summary>
/// The summary a reviewer reads in a pull request: the run's counts, a table per article and per
/// rule (only those with findings, so ten thousand clean articles stay one line), then each
/// finding with its sentence and the words at fault in bold. Suppressed findings are listed
/// struck through with their justification. A pull-request comment has a size limit (65,536
/// characters on GitHub), so past <paramref name="maxListed"/> files or findings the rest is
/// counted, not listed, with a pointer to the full reports.
/// </summary>
/// <param name="maxListed">How many files (in the table) and findings (in the list) to show at most.</param>
public sealed class MarkdownFormatter(int maxListed = MarkdownFormatter.DefaultMaxListed) : IReportFormatter
{
    public const int DefaultMaxListed = 100;

    private static readonly Severity[] Counted = [Severity.Error, Severity.Warning, Severity.Info];

    public void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        result = result.WithCorpusFindingsInArticles(); // an article's findings together, its corpus findings among them
        var md = new StringBuilder();
        md.Append("## Consistency report\n\n**").Append(MarkdownText.Escape(Summary.Run(result))).Append("**\n");
        var reports = result.Reports.Where(r => r.Diagnostics.Count > 0).ToList();
        if (reports.Count > 0)
        {
            WriteArticleTable(md, reports, result.Articles.Count(a => a.Diagnostics.Count == 0));
            WriteRuleTable(md, reports);
            WriteFindings(md, reports);
        }

        writer.Write(md.ToString());
    }

    private void WriteArticleTable(StringBuilder md, List<ArticleReport> reports, int cleanArticles)
    {
        md.Append("\n### By article\n\n| File | Errors | Warnings | Suggestions | Suppressed |\n| --- | ---: | ---: | ---: | ---: |\n");
        foreach (var report in reports.Take(maxListed))
        {
            md.Append("| ").Append(MarkdownText.Code(report.Path, inTableCell: true)).Append(" |");
            foreach (var severity in Counted)
            {
                md.Append(' ').Append(Count(report.Diagnostics.Count(d => d.Severity == severity && !d.IsSuppressed))).Append(" |");
            }

            md.Append(' ').Append(Count(report.Diagnostics.Count(d => d.IsSuppressed))).Append(" |\n");
        }

        NotListed(md, reports.Count, "file with findings", "files with findings");
        md.Append('\n').Append(Summary.Quantity("article", cleanArticles)).Append(" without findings.\n");
    }

    private static void WriteRuleTable(StringBuilder md, List<ArticleReport> reports)
    {
        md.Append("\n### By rule\n\n| Rule | Title | Findings | Suppressed |\n| --- | --- | ---: | ---: |\n");
        var byRule = reports.SelectMany(r => r.Diagnostics).GroupBy(d => d.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var rule in byRule)
        {
            var descriptor = rule.First().Descriptor;
            md.Append("| ").Append(MarkdownText.RuleLink(descriptor)).Append(" | ").Append(MarkdownText.Escape(descriptor.Title))
                .Append(" | ").Append(Count(rule.Count(d => !d.IsSuppressed))).Append(" | ").Append(Count(rule.Count(d => d.IsSuppressed))).Append(" |\n");
        }
    }

    private void WriteFindings(StringBuilder md, List<ArticleReport> reports)
    {
        md.Append("\n### Findings\n");
        var room = maxListed;
        foreach (var report in reports)
        {
            if (room == 0)
            {
                break;
            }

            md.Append("\n#### ").Append(MarkdownText.Code(report.Path, inTableCell: false)).Append("\n\n");
            foreach (var d in report.Diagnostics.Take(room))
            {
                room--;
                var severity = $"**{d.Severity.ToReportWord()}**";
                md.Append("- ").Append(d.IsSuppressed ? $"~~{severity}~~" : severity).Append(' ').Append(MarkdownText.RuleLink(d.Descriptor))
                    .Append(string.Create(CultureInfo.InvariantCulture, $" line {d.Location.StartLine}, column {d.Location.StartColumn}: "))
                    .Append(MarkdownText.Escape(d.Message));
                if (d.Suppression is { } s)
                {
                    md.Append(" *(suppressed: ").Append(MarkdownText.Escape(s.Justification)).Append(", in ").Append(MarkdownText.Code(s.Source, inTableCell: false)).Append(")*");
                }

                md.Append('\n');
                if (d.Excerpt is { } excerpt)
                {
                    md.Append("  > ").Append(Highlight(excerpt, d)).Append('\n');
                }

                foreach (var related in d.Related)
                {
                    md.Append(string.Create(CultureInfo.InvariantCulture, $"  - related: `{related.Path}` line {related.Location.StartLine}, column {related.Location.StartColumn}: "))
                        .Append(MarkdownText.Escape(related.Message)).Append('\n');
                }
            }
        }

        NotListed(md, reports.Sum(r => r.Diagnostics.Count), "finding", "findings");
    }

    /// <summary>"…and 3 more files with findings: see the full report …" when the list was cut short.</summary>
    private void NotListed(StringBuilder md, int total, string singular, string plural)
    {
        if (total > maxListed)
        {
            var more = total - maxListed;
            md.Append("\n…and ").Append(Count(more)).Append(" more ").Append(more == 1 ? singular : plural)
                .Append(": see the full report (`--format json` or `--format sarif`).\n");
        }
    }

    private static string Highlight(string excerpt, Diagnostic d)
    {
        var start = d.WordsStartInExcerpt;
        if (d.Span.Length == 0 || start < 0 || start + d.Span.Length > excerpt.Length)
        {
            return MarkdownText.Escape(excerpt);
        }

        return MarkdownText.Escape(excerpt[..start]) + "**" + MarkdownText.Escape(d.Words) + "**" + MarkdownText.Escape(excerpt[(start + d.Span.Length)..]);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
