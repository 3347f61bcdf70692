using System.Globalization;
using Consistency.Analysis;
using Consistency.Reporting.Html;

namespace Consistency.Reporting;

/// <summary>
/// The report a reviewer opens in a browser: one self-contained page (its style and script
/// inline, nothing fetched) with the run's counts, then each article's whole text with every
/// finding marked at its words, coloured by severity, and listed below the text with its rule,
/// message, evidence and any suppression. Articles without findings come last, collapsed, so a
/// 10k-article report stays usable. Everything from the run (text, messages, paths, reasons) is
/// escaped, and a Content-Security-Policy allows only the page's own style and script. The
/// script adds details on focus or click, next/previous by keyboard and filters; without it the
/// page reads the same.
/// </summary>
/// <param name="tool">What wrote the page, named in its footer.</param>
/// <param name="texts">The articles' texts, read again for the page (<see cref="ArticleTexts"/>).</param>
public sealed class HtmlReportFormatter(ToolInfo tool, ArticleTexts texts) : IReportFormatter
{
    /// <summary>The page's first line and the root element: how an earlier report is recognised in a scanned folder.</summary>
    public const string Opening = "<!DOCTYPE html>\n<html lang=\"en\" data-report=\"consistency\">\n";

    public void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        result = result.WithCorpusFindingsInArticles(); // an article's findings together, its corpus findings among them
        var articleIds = new Dictionary<ArticleReport, string>(ReferenceEqualityComparer.Instance);
        var index = 0;
        foreach (var report in result.Reports)
        {
            articleIds[report] = "a" + Count(++index);
        }

        var runLine = Summary.Run(result);
        writer.Write(Opening);
        writer.Write("<head>\n<meta charset=\"utf-8\">\n");
        writer.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ReportAssets.ContentSecurityPolicy}\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"");
        HtmlText.Write(writer, $"{tool.Name} {tool.Version}");
        writer.Write("\">\n<title>Consistency report: ");
        HtmlText.Write(writer, runLine);
        writer.Write($"</title>\n<style>{ReportAssets.Style}</style>\n</head>\n<body>\n");
        writer.Write("<a class=\"skip\" href=\"#articles\">Skip to the articles</a>\n<header>\n<h1>Consistency report</h1>\n<p class=\"run\">");
        HtmlText.Write(writer, runLine);
        writer.Write("</p>\n</header>\n<main>\n");

        SummaryTables.Write(writer, result, articleIds);
        ReportControls.Write(writer, result);
        var nextFinding = 0;
        WriteArticles(writer, result, articleIds, ref nextFinding);
        WriteConfigurationFiles(writer, result, articleIds, ref nextFinding);
        writer.Write("</main>\n");

        writer.Write("<aside id=\"detail\" aria-labelledby=\"detail-h\" hidden>\n<h2 id=\"detail-h\">Selected finding</h2>\n<div id=\"detail-body\" aria-live=\"polite\"></div>\n");
        writer.Write("<button type=\"button\" id=\"detail-close\">Close</button>\n</aside>\n<footer>\n<p>Written by ");
        WriteToolLink(writer);
        writer.Write(". The claims matrix and the comparison of quotes across articles are not part of this report yet.</p>\n</footer>\n");
        writer.Write($"<script>{ReportAssets.Script}</script>\n</body>\n</html>\n");
    }

    private void WriteArticles(TextWriter writer, AnalysisResult result, Dictionary<ArticleReport, string> articleIds, ref int nextFinding)
    {
        writer.Write("<section id=\"articles\" aria-labelledby=\"articles-h\">\n<h2 id=\"articles-h\">Articles with findings</h2>\n");
        var withFindings = result.Articles.Where(a => a.Diagnostics.Count > 0).ToList();
        if (withFindings.Count == 0)
        {
            writer.Write("<p>None.</p>\n");
        }

        foreach (var report in withFindings)
        {
            WriteArticle(writer, report, articleIds[report], open: true, ref nextFinding);
        }

        writer.Write("</section>\n");
        var clean = result.Articles.Where(a => a.Diagnostics.Count == 0).ToList();
        if (clean.Count > 0)
        {
            writer.Write("<section id=\"clean\" aria-labelledby=\"clean-h\">\n<h2 id=\"clean-h\">");
            writer.Write(Summary.Quantity("article", clean.Count));
            writer.Write(" without findings</h2>\n");
            foreach (var report in clean)
            {
                WriteArticle(writer, report, articleIds[report], open: false, ref nextFinding);
            }

            writer.Write("</section>\n");
        }
    }

    private void WriteArticle(TextWriter writer, ArticleReport report, string id, bool open, ref int nextFinding)
    {
        writer.Write($"<article id=\"{id}\" aria-labelledby=\"{id}-h\">\n<details class=\"article\"{(open ? " open" : "")}>\n<summary><h3 id=\"{id}-h\">");
        HtmlText.Write(writer, report.Path);
        writer.Write("</h3><span class=\"tally\">");
        HtmlText.Write(writer, Summary.Of(report.Diagnostics));
        writer.Write("</span></summary>\n");

        var findings = Number(report.Diagnostics, ref nextFinding);
        var text = texts.Read(report.Path);
        var marks = new List<HighlightedText.Mark>();
        var stale = new HashSet<string>(StringComparer.Ordinal);
        if (text is not null)
        {
            foreach (var (findingId, d) in findings.Where(f => f.Diagnostic.Span.Length > 0))
            {
                if (d.Span.End <= text.Length && text.AsSpan(d.Span.Start, d.Span.Length).SequenceEqual(d.Words))
                {
                    marks.Add(new HighlightedText.Mark(findingId, d, d.Span.Start, d.Span.End));
                }
                else
                {
                    stale.Add(findingId);
                }
            }

            writer.Write("<div class=\"text\">");
            HighlightedText.Write(writer, text, marks);
            writer.Write("</div>\n");
        }
        else
        {
            writer.Write("<p class=\"unavailable\">The text of this article could not be read for this page.</p>\n");
        }

        WriteFindingList(writer, findings, marks.Select(m => m.Id).ToHashSet(StringComparer.Ordinal), stale);
        writer.Write("</details>\n</article>\n");
    }

    /// <summary>Findings of files that are not articles (suppression files): listed, with no text to mark.</summary>
    private static void WriteConfigurationFiles(TextWriter writer, AnalysisResult result, Dictionary<ArticleReport, string> articleIds, ref int nextFinding)
    {
        var reports = result.ConfigurationReports.Where(r => r.Diagnostics.Count > 0).ToList();
        if (reports.Count == 0)
        {
            return;
        }

        writer.Write("<section id=\"configuration\" aria-labelledby=\"configuration-h\">\n<h2 id=\"configuration-h\">Configuration files</h2>\n");
        foreach (var report in reports)
        {
            var id = articleIds[report];
            writer.Write($"<article id=\"{id}\" aria-labelledby=\"{id}-h\">\n<h3 id=\"{id}-h\">");
            HtmlText.Write(writer, report.Path);
            writer.Write("</h3>\n");
            var findings = Number(report.Diagnostics, ref nextFinding);
            WriteFindingList(writer, findings, [], []);
            writer.Write("</article>\n");
        }

        writer.Write("</section>\n");
    }

    private static void WriteFindingList(TextWriter writer, List<(string Id, Diagnostic Diagnostic)> findings, HashSet<string> marked, HashSet<string> stale)
    {
        if (findings.Count == 0)
        {
            return;
        }

        writer.Write("<ol class=\"findings\">\n");
        foreach (var (id, d) in findings)
        {
            FindingDetail.Write(writer, id, d, marked.Contains(id), stale.Contains(id));
        }

        writer.Write("</ol>\n");
    }

    private void WriteToolLink(TextWriter writer)
    {
        if (tool.InformationUri is { } information)
        {
            writer.Write("<a href=\"");
            HtmlText.Write(writer, information.AbsoluteUri);
            writer.Write("\" rel=\"noreferrer noopener\">");
            HtmlText.Write(writer, tool.Name);
            writer.Write("</a> ");
        }
        else
        {
            HtmlText.Write(writer, tool.Name);
            writer.Write(' ');
        }

        HtmlText.Write(writer, tool.Version);
    }

    /// <summary>Page ids for findings, numbered through the whole report in its order: f1, f2, …</summary>
    private static List<(string Id, Diagnostic Diagnostic)> Number(IReadOnlyList<Diagnostic> diagnostics, ref int last)
    {
        var numbered = new List<(string Id, Diagnostic Diagnostic)>(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            numbered.Add(("f" + Count(++last), d));
        }

        return numbered;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
