using System.Text;
using Consistency.Rules;

namespace Consistency.Reporting;

/// <summary>
/// The rule catalog in Markdown, generated from the rule descriptors so it never drifts from the
/// code: a table (ID, title, category, default severity, evidence), then one section per rule with
/// its rationale, what it flags, what it accepts and every evidence page.
/// </summary>
public static class RuleCatalog
{
    public static string Render(string packName, IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var ordered = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var md = new StringBuilder();
        md.Append("# Rule catalog: ").Append(packName).Append("\n\n");
        md.Append("Generated from the rule classes by `RuleCatalog`; a test fails when this file and the code differ.\n");
        md.Append("Accept a regenerated catalog with `bash scripts/accept-snapshots.sh`.\n\n");
        md.Append("| ID | Title | Category | Default severity | Evidence |\n|---|---|---|---|---|\n");
        foreach (var rule in ordered)
        {
            md.Append("| [").Append(rule.Id).Append("](#").Append(rule.Id.ToLowerInvariant()).Append(") | ")
              .Append(Cell(rule.Title)).Append(" | ").Append(rule.Category).Append(" | ")
              .Append(rule.DefaultSeverity.ToReportWord()).Append(" | <").Append(rule.HelpLink).Append("> |\n");
        }

        foreach (var rule in ordered)
        {
            md.Append("\n## ").Append(rule.Id).Append("\n\n**").Append(rule.Title).Append("** (")
              .Append(rule.Category).Append(", ").Append(rule.DefaultSeverity.ToReportWord()).Append(")\n\n")
              .Append(rule.Description).Append('\n');
            List("Flags", rule.Flags, md);
            List("Accepts", rule.Accepts, md);
            md.Append("\nEvidence:\n");
            foreach (var page in rule.EvidencePages)
            {
                md.Append("- <").Append(page).Append(">\n");
            }
        }

        return md.ToString();
    }

    private static void List(string heading, IReadOnlyList<string> items, StringBuilder md)
    {
        if (items.Count == 0)
        {
            return;
        }

        md.Append('\n').Append(heading).Append(":\n");
        foreach (var item in items)
        {
            md.Append("- \u201C").Append(item).Append("\u201D\n");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
