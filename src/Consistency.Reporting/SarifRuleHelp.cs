using System.Text;
using Consistency.Rules;

namespace Consistency.Reporting;

/// <summary>
/// A SARIF rule's <c>help</c>: what GitHub code scanning shows under an alert, and requires of every
/// rule (GH2012). The text is what <c>consistency explain ID</c> prints; the Markdown says the same
/// with the phrasings as a list and the evidence as links.
/// </summary>
internal static class SarifRuleHelp
{
    public static string Text(RuleDescriptor rule) => RuleExplanation.Format(rule);

    public static string Markdown(RuleDescriptor rule)
    {
        var md = new StringBuilder();
        md.Append("**").Append(rule.Id).Append(": ").Append(MarkdownText.Escape(rule.Title)).Append("**\n\n");
        md.Append("Severity: ").Append(rule.DefaultSeverity.ToReportWord()).Append(", category: ").Append(MarkdownText.Escape(rule.Category)).Append("\n\n");
        md.Append(MarkdownText.Escape(rule.Description)).Append('\n');
        List(md, "Flags", rule.Flags.Select(MarkdownText.Escape));
        List(md, "Accepts", rule.Accepts.Select(MarkdownText.Escape));
        List(md, "Evidence", rule.EvidencePages.Select(Link));
        return md.ToString();
    }

    /// <summary>An absolute page as a link; a relative one (the README's engine section) as its name, which a viewer cannot follow.</summary>
    private static string Link(Uri page) =>
        page.IsAbsoluteUri ? $"<{page.AbsoluteUri}>" : MarkdownText.Code(page.OriginalString, inTableCell: false);

    private static void List(StringBuilder md, string heading, IEnumerable<string> items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (first)
            {
                md.Append("\n**").Append(heading).Append("**\n\n");
                first = false;
            }

            md.Append("- ").Append(item).Append('\n');
        }
    }
}
