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

            escaped.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return escaped.ToString();
    }

    /// <summary>
    /// A file path as inline code. The fence is one backtick longer than the longest run of backticks in
    /// the path (CommonMark's rule), with a space inside it when the path starts or ends with a backtick;
    /// control characters are escaped as on a text line, so a row or heading never breaks. In a table
    /// cell a <c>|</c> is written <c>\|</c>: GitHub splits cells before it reads code spans, and drops the
    /// backslash again inside one. Outside a table the backslash would show, so it is left out there.
    /// </summary>
    public static string Code(string path, bool inTableCell)
    {
        var text = OneLineText.Escape(path);
        if (inTableCell)
        {
            text = text.Replace("|", "\\|", StringComparison.Ordinal);
        }

        var longestRun = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longestRun = Math.Max(longestRun, run);
        }

        var fence = new string('`', longestRun + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /// <summary>A rule ID linked to its evidence when the link is absolute (a PR comment cannot follow a relative one).</summary>
    public static string RuleLink(Consistency.Rules.RuleDescriptor rule) =>
        rule.HelpLink.IsAbsoluteUri ? $"[{rule.Id}]({rule.HelpLink.AbsoluteUri})" : $"`{rule.Id}`";
}
