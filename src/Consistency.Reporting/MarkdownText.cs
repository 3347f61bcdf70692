using System.Text;

namespace Consistency.Reporting;

/// <summary>Article text and messages made safe inside Markdown: no accidental emphasis, links, tables or HTML.</summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_{}[]<>()#+-!|~";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
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
