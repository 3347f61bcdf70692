using System.Text;

namespace Consistency.Reporting;

/// <summary>Article text and messages made safe inside Markdown: no accidental emphasis, links, tables or HTML.</summary>
internal static class MarkdownText
{
    /// <summary>Characters with a meaning anywhere in a line (emphasis, code, links, HTML, table cells, strike-through).</summary>
    private const string Inline = "\\`*_[]<>|~";

    /// <summary>Characters with a meaning only at the start of a line (headings, lists, quotes).</summary>
    private const string LineStart = "#-+>";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Inline.Contains(c, StringComparison.Ordinal) || (escaped.Length == 0 && LineStart.Contains(c, StringComparison.Ordinal)))
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' or '\u2028' or '\u2029' ? ' ' : c);
        }

        return escaped.ToString();
    }

    /// <summary>A rule ID linked to its evidence when the link is absolute (a PR comment cannot follow a relative one).</summary>
    public static string RuleLink(Consistency.Rules.RuleDescriptor rule) =>
        rule.HelpLink.IsAbsoluteUri ? $"[{rule.Id}]({rule.HelpLink.AbsoluteUri})" : $"`{rule.Id}`";
}
