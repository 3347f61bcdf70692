using System.Text;
using Consistency.Rules;

namespace Consistency.Reporting;

/// <summary>
/// <c>consistency explain ID</c>: what a reviewer needs to judge a finding: the rule's title,
/// severity and category, why it holds (its description), phrasings it flags and accepts, and the
/// evidence it rests on.
/// </summary>
public static class RuleExplanation
{
    public static string Format(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var text = new StringBuilder();
        text.Append(rule.Id).Append(": ").Append(rule.Title).Append('\n');
        text.Append("severity: ").Append(rule.DefaultSeverity.ToReportWord()).Append(", category: ").Append(rule.Category).Append('\n');
        text.Append("\nWhy\n  ").Append(rule.Description).Append('\n');
        List("Flags", rule.Flags, text);
        List("Accepts", rule.Accepts, text);
        List("Evidence", rule.EvidencePages.Select(u => u.IsAbsoluteUri ? u.AbsoluteUri : u.OriginalString).ToList(), text);
        return text.ToString();
    }

    private static void List(string heading, IReadOnlyList<string> items, StringBuilder text)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(heading).Append('\n');
        foreach (var item in items)
        {
            text.Append("  - ").Append(item).Append('\n');
        }
    }
}
