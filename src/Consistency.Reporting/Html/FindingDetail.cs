using System.Globalization;
using Consistency.Analysis;
using Consistency.Rules;

namespace Consistency.Reporting.Html;

/// <summary>
/// One finding as a list item under its article: severity, rule ID (linked to its evidence),
/// where it is, the message, the words at fault, every evidence page and any suppression with its
/// reason. It is what a reader without JavaScript reads, and what the script shows beside the text
/// when the finding is selected.
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

        writer.Write($"<p class=\"detail-line\"><span class=\"badge {severity}\">{severity}</span> <strong>");
        WriteRuleId(writer, d.Descriptor);
        writer.Write("</strong> ");
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

        if (stale)
        {
            writer.Write("<p class=\"stale\">Not marked in the text: the article, read again for this page, no longer has these words at this place.</p>\n");
        }

        WriteEvidence(writer, d.Descriptor);
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

    /// <summary>The rule ID, linked to its first evidence page when that is a web address.</summary>
    public static void WriteRuleId(TextWriter writer, RuleDescriptor rule)
    {
        if (WebAddress(rule.HelpLink) is { } href)
        {
            writer.Write("<a href=\"");
            HtmlText.Write(writer, href);
            writer.Write("\" rel=\"noreferrer noopener\">");
            HtmlText.Write(writer, rule.Id);
            writer.Write("</a>");
        }
        else
        {
            HtmlText.Write(writer, rule.Id);
        }
    }

    private static void WriteEvidence(TextWriter writer, RuleDescriptor rule)
    {
        var pages = rule.EvidencePages.Select(WebAddress).OfType<string>().ToList();
        if (pages.Count == 0)
        {
            return;
        }

        writer.Write("<p class=\"evidence\">Evidence: ");
        for (var i = 0; i < pages.Count; i++)
        {
            writer.Write(i == 0 ? "<a href=\"" : " · <a href=\"");
            HtmlText.Write(writer, pages[i]);
            writer.Write("\" rel=\"noreferrer noopener\">");
            HtmlText.Write(writer, pages[i]);
            writer.Write("</a>");
        }

        writer.Write("</p>\n");
    }

    /// <summary>Only http and https addresses become links; a relative link means nothing in a file opened from disk.</summary>
    private static string? WebAddress(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;
}
