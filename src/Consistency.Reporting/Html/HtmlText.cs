using System.Buffers;

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

    /// <summary>Every character that is not written as it is: markup, quotes, CR, and the controls a page may not hold.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"'\r\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000c\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u007f");

    /// <summary>
    /// Writes <paramref name="text"/>[start..end), looking one character past the end so a CRLF
    /// split there still makes one line break. Plain runs between special characters are written
    /// whole (found with a vectorised search): a 10k-article page is tens of megabytes of text.
    /// </summary>
    public static void Write(TextWriter writer, string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var next = text.AsSpan(i, end - i).IndexOfAny(Special);
            if (next < 0)
            {
                writer.Write(text.AsSpan(i, end - i));
                return;
            }

            writer.Write(text.AsSpan(i, next));
            i += next;
            writer.Write(Replacement(text, i));
            i++;
        }
    }

    public static string Escape(string text)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        Write(writer, text);
        return writer.ToString();
    }

    private static string Replacement(string text, int i) => text[i] switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        '\r' => i + 1 < text.Length && text[i + 1] == '\n' ? "" : "\n",
        _ => "\uFFFD",
    };
}
