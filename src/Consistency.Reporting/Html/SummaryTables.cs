using System.Globalization;
using Consistency.Analysis;
using Consistency.Rules;

namespace Consistency.Reporting.Html;

/// <summary>
/// The report's opening counts: findings by severity, by rule and by article (only those with
/// findings, each linked to its place in the page), and how many articles have none.
/// </summary>
internal static class SummaryTables
{
    public static readonly Severity[] Severities = [Severity.Error, Severity.Warning, Severity.Info, Severity.Hidden];

    public static void Write(TextWriter writer, AnalysisResult result, IReadOnlyDictionary<ArticleReport, string> articleIds)
    {
        writer.Write("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n");
        var all = DiagnosticTally.Of(result.Diagnostics);
        writer.Write("<table>\n<caption>Findings by severity</caption>\n<thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
        foreach (var severity in Severities)
        {
            var word = severity.ToReportWord();
            writer.Write($"<tr><th scope=\"row\"><span class=\"badge {word}\">{word}</span></th><td class=\"n\">{Count(all.Count(severity))}</td></tr>\n");
        }

        writer.Write($"<tr><th scope=\"row\"><span class=\"badge suppressed\">suppressed</span></th><td class=\"n\">{Count(all.Suppressed)}</td></tr>\n</tbody>\n</table>\n");

        var byRule = result.Diagnostics.GroupBy(d => d.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (byRule.Count > 0)
        {
            writer.Write("<table>\n<caption>Findings by rule</caption>\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Title</th><th scope=\"col\">Findings</th><th scope=\"col\">Suppressed</th><th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n");
            foreach (var rule in byRule)
            {
                var descriptor = rule.First().Descriptor;
                writer.Write($"<tr id=\"{FindingDetail.RuleAnchor(descriptor.Id)}\"><th scope=\"row\">");
                HtmlText.Write(writer, descriptor.Id);
                writer.Write("</th><td>");
                HtmlText.Write(writer, descriptor.Title);
                writer.Write($"</td><td class=\"n\">{Count(rule.Count(d => !d.IsSuppressed))}</td><td class=\"n\">{Count(rule.Count(d => d.IsSuppressed))}</td><td>");
                FindingDetail.WriteEvidence(writer, descriptor);
                writer.Write("</td></tr>\n");
            }

            writer.Write("</tbody>\n</table>\n");
        }

        var withFindings = result.Reports.Where(r => r.Diagnostics.Count > 0).ToList();
        if (withFindings.Count > 0)
        {
            writer.Write("<table>\n<caption>Findings by file</caption>\n<thead><tr><th scope=\"col\">File</th>");
            writer.Write("<th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th><th scope=\"col\">Suggestions</th><th scope=\"col\">Hidden</th><th scope=\"col\">Suppressed</th></tr></thead>\n<tbody>\n");
            foreach (var report in withFindings)
            {
                var tally = DiagnosticTally.Of(report.Diagnostics);
                writer.Write($"<tr><th scope=\"row\"><a class=\"path\" href=\"#{articleIds[report]}\">");
                HtmlText.Write(writer, report.Path);
                writer.Write("</a></th>");
                foreach (var severity in Severities)
                {
                    writer.Write($"<td class=\"n\">{Count(tally.Count(severity))}</td>");
                }

                writer.Write($"<td class=\"n\">{Count(tally.Suppressed)}</td></tr>\n");
            }

            writer.Write("</tbody>\n</table>\n");
        }

        var clean = result.Articles.Count(a => a.Diagnostics.Count == 0);
        writer.Write($"<p>{Summary.Quantity("article", clean)} without findings{(clean > 0 ? " (listed, collapsed, after those with findings)" : "")}.</p>\n</section>\n");
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
