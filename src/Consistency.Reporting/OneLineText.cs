using System.Buffers;
using System.Globalization;
using System.Text;

namespace Consistency.Reporting;

/// <summary>
/// Text kept on one report line. A message may quote an article's words across a line break, a
/// justification may hold a tab, a file name may hold a newline; written raw they would split a
/// <c>path(line,col): …</c> line in two, and a parser such as VS Code's <c>$msCompile</c> would lose
/// the finding. Control characters (C0, DEL, C1) and the Unicode line and paragraph separators are
/// written as C#-style escapes (<c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\u2028</c>); everything else,
/// a backslash included, is left as it is, so ordinary messages are unchanged.
/// </summary>
public static class OneLineText
{
    private static readonly SearchValues<char> Breaking = SearchValues.Create(BreakingCharacters());

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(Breaking))
        {
            return text;   // the usual case: nothing to escape, no copy
        }

        var line = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!Breaking.Contains(c))
            {
                line.Append(c);
                continue;
            }

            line.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        return line.ToString();
    }

    private static string BreakingCharacters()
    {
        var chars = new StringBuilder("\u2028\u2029");
        for (var c = '\0'; c <= '\u009f'; c++)
        {
            if (char.IsControl(c))
            {
                chars.Append(c);
            }
        }

        return chars.ToString();
    }
}
