namespace Consistency.Reporting.Html;

/// <summary>
/// Text made safe inside an HTML page: in element content and in quoted attribute values alike,
/// so an article holding <c>&lt;script&gt;</c> or a path holding a quote shows them as text. The
/// page is LF-only and has no control characters: CR and CRLF become LF, and the C0 controls a
/// page may not hold become U+FFFD, so every report is valid HTML and the same bytes everywhere.
/// </summary>
internal static class HtmlText
{
    public static void Write(TextWriter writer, string? text)
    {
        if (text is not null)
        {
            Write(writer, text, 0, text.Length);
        }
    }

    /// <summary>Writes <paramref name="text"/>[start..end), looking one character past the end so a CRLF split there still makes one line break.</summary>
    public static void Write(TextWriter writer, string text, int start, int end)
    {
        var run = start; // the first character not yet written: plain runs are written whole
        for (var i = start; i < end; i++)
        {
            var replacement = Replacement(text, i);
            if (replacement is null)
            {
                continue;
            }

            writer.Write(text.AsSpan(run, i - run));
            writer.Write(replacement);
            run = i + 1;
        }

        writer.Write(text.AsSpan(run, end - run));
    }

    public static string Escape(string text)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        Write(writer, text);
        return writer.ToString();
    }

    private static string? Replacement(string text, int i) => text[i] switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        '\r' => i + 1 < text.Length && text[i + 1] == '\n' ? "" : "\n",
        '\t' or '\n' => null,
        < ' ' or '\u007f' => "\uFFFD",
        _ => null,
    };
}
