using System.Globalization;
using Consistency.Analysis;
using Consistency.Rules;

namespace Consistency.Reporting.Html;

/// <summary>
/// One finding as a list item under its article: severity, rule ID, where it is, the message, the
/// words at fault, the other articles' words a finding across sources concerns, a link to its
/// rule's evidence pages and any suppression with its reason. It is
/// what a reader without JavaScript reads, and what the script shows beside the text when the
/// finding is selected (with the evidence pages themselves copied in from the rule's row). The
/// pages are listed once per rule, in the summary: written out per finding they were a quarter of
/// a 10k-article report (23 MB of 86).
/// </summary>
internal static class FindingDetail
{
    /// <param name="writer">The page.</param>
    /// <param name="id">The finding's page id (its mark's, when it has one).</param>
    /// <param name="d">The finding.</param>
    /// <param name="marked">Whether the text shows the finding, so its place can link to it.</param>
    /// <param name="stale">Whether its words were not found at its span when the text was read for the page.</param>
    public static void Write(TextWriter writer, string id, Diagnostic d, bool marked, bool stale)
    {
        var severity = d.Severity.ToReportWord();
        writer.Write($"<li id=\"{id}-d\" class=\"detail\" data-severity=\"{severity}\" data-rule=\"");
        HtmlText.Write(writer, d.Id);
        writer.Write(d.IsSuppressed ? "\" data-suppressed=\"true\">\n" : "\">\n");

        writer.Write($"<p class=\"detail-line\"><span class=\"badge {severity}\">{severity}</span> <strong><a href=\"#{RuleAnchor(d.Id)}\">");
        HtmlText.Write(writer, d.Id);
        writer.Write("</a></strong> ");
        var place = string.Create(CultureInfo.InvariantCulture, $"line {d.Location.StartLine}, column {d.Location.StartColumn}");
        writer.Write(marked ? $"<a href=\"#{id}\">{place}</a>" : place);
        writer.Write(": ");
        HtmlText.Write(writer, d.Message);
        writer.Write("</p>\n");

        if (d.Words.Length > 0)
        {
            writer.Write("<p class=\"words\">Words: <q>");
            HtmlText.Write(writer, d.Words);
            writer.Write("</q></p>\n");
        }

        if (d.Related.Count > 0)
        {
            // A finding across sources: the other articles' words it concerns (SARIF's relatedLocations).
            writer.Write("<ul class=\"related\">\n");
            foreach (var related in d.Related)
            {
                writer.Write("<li>Related: <span class=\"path\">");
                HtmlText.Write(writer, related.Path);
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"</span> line {related.Location.StartLine}, column {related.Location.StartColumn}: "));
                HtmlText.Write(writer, related.Message);
                writer.Write("</li>\n");
            }

            writer.Write("</ul>\n");
        }

        if (stale)
        {
            writer.Write("<p class=\"stale\">Not marked in the text: the article, read again for this page, no longer has these words at this place.</p>\n");
        }

        if (HasEvidence(d.Descriptor))
        {
            writer.Write($"<p class=\"evidence\" data-rule=\"{RuleAnchor(d.Id)}\">Evidence: <a href=\"#{RuleAnchor(d.Id)}\">the pages ");
            HtmlText.Write(writer, d.Id);
            writer.Write(" rests on</a></p>\n");
        }

        if (d.Suppression is { } s)
        {
            writer.Write("<p class=\"suppression\"><span class=\"badge suppressed\">suppressed</span> ");
            HtmlText.Write(writer, s.Justification);
            writer.Write(" (<span class=\"path\">");
            HtmlText.Write(writer, s.Source);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"</span>, line {s.Location.StartLine})</p>\n"));
        }

        writer.Write("</li>\n");
    }

    /// <summary>The id of a rule's row in the summary (rule IDs are letters and digits).</summary>
    public static string RuleAnchor(string ruleId) => "rule-" + HtmlText.Escape(ruleId);

    public static bool HasEvidence(RuleDescriptor rule) => rule.EvidencePages.Any(p => WebAddress(p) is not null);

    /// <summary>
    /// Every evidence page of a rule that is a web address, as links one per line, collapsed under
    /// their count so the summary stays short (a rule may rest on a dozen pages).
    /// </summary>
    public static void WriteEvidence(TextWriter writer, RuleDescriptor rule)
    {
        var pages = rule.EvidencePages.Select(WebAddress).OfType<string>().ToList();
        if (pages.Count == 0)
        {
            return;
        }

        var count = pages.Count.ToString(CultureInfo.InvariantCulture);
        writer.Write($"<details><summary>{count} {(pages.Count == 1 ? "page" : "pages")}</summary><div class=\"pages\">");
        for (var i = 0; i < pages.Count; i++)
        {
            writer.Write(i == 0 ? "<a href=\"" : "<br>\n<a href=\"");
            HtmlText.Write(writer, pages[i]);
            writer.Write("\" rel=\"noreferrer noopener\">");
            HtmlText.Write(writer, pages[i]);
            writer.Write("</a>");
        }

        writer.Write("</div></details>");
    }

    /// <summary>Only http and https addresses become links; a relative link means nothing in a file opened from disk.</summary>
    private static string? WebAddress(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;
}
