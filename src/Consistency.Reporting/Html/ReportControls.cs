using System.Globalization;
using Consistency.Analysis;
using Consistency.Rules;

namespace Consistency.Reporting.Html;

/// <summary>
/// The filters (by severity, suppressed, and by rule) and the next/previous buttons. They work
/// only with the page's script, so the section is hidden until the script shows it: with
/// JavaScript off the page is the full list of findings under each article, with nothing that
/// does nothing.
/// </summary>
internal static class ReportControls
{
    public static void Write(TextWriter writer, AnalysisResult result)
    {
        var findings = result.Diagnostics.ToList();
        writer.Write("<section id=\"controls\" aria-labelledby=\"controls-h\" hidden>\n<h2 id=\"controls-h\">Filters and navigation</h2>\n<form id=\"filters\">\n");
        writer.Write("<fieldset><legend>Severity</legend>\n");
        foreach (var severity in SummaryTables.Severities)
        {
            WriteBox(writer, "severity", severity.ToReportWord(), findings.Count(d => d.Severity == severity && !d.IsSuppressed));
        }

        WriteBox(writer, "severity", "suppressed", findings.Count(d => d.IsSuppressed));
        writer.Write("</fieldset>\n<fieldset><legend>Rule</legend>\n");
        foreach (var rule in findings.GroupBy(d => d.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            WriteBox(writer, "rule", rule.Key, rule.Count());
        }

        writer.Write("</fieldset>\n</form>\n<p id=\"showing\" role=\"status\"></p>\n");
        writer.Write("<p class=\"nav\"><button type=\"button\" id=\"previous\">Previous finding</button><button type=\"button\" id=\"next\">Next finding</button>\n");
        writer.Write("Keys: <kbd>n</kbd> or <kbd>j</kbd> next finding, <kbd>p</kbd> or <kbd>k</kbd> previous, <kbd>Esc</kbd> closes its details; <kbd>Tab</kbd> goes through the marked words too.</p>\n</section>\n");
    }

    /// <summary>A checkbox for one value, left out when nothing in the report has it.</summary>
    private static void WriteBox(TextWriter writer, string name, string value, int count)
    {
        if (count == 0)
        {
            return;
        }

        writer.Write($"<label><input type=\"checkbox\" name=\"{name}\" value=\"");
        HtmlText.Write(writer, value);
        writer.Write("\" checked> ");
        HtmlText.Write(writer, value);
        writer.Write(string.Create(CultureInfo.InvariantCulture, $" ({count})</label>\n"));
    }
}
