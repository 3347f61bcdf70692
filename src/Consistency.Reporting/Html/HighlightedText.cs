using Consistency.Analysis;
using Consistency.Rules;

namespace Consistency.Reporting.Html;

/// <summary>
/// An article's whole text with each finding marked at its exact span. Findings may share words
/// (two rules on one figure) or overlap without nesting; HTML elements must nest, so a finding
/// that crosses the end of another is closed there and continued in a second element that names
/// it (<c>data-part-of</c>), as browsers repair misnested formatting tags. The first element of a
/// finding carries its id and takes keyboard focus; together its elements hold exactly its words.
/// </summary>
internal static class HighlightedText
{
    /// <summary>One finding to mark: its page id, its diagnostic and its span in the text.</summary>
    public sealed record Mark(string Id, Diagnostic Diagnostic, int Start, int End);

    public static void Write(TextWriter writer, string text, IReadOnlyList<Mark> marks)
    {
        // Outer marks first: by start, then the longer one, then report order.
        var ordered = marks.Select((m, i) => (Mark: m, Order: i))
            .OrderBy(x => x.Mark.Start).ThenByDescending(x => x.Mark.End).ThenBy(x => x.Order)
            .Select(x => x.Mark).ToList();
        var boundaries = ordered.SelectMany(m => new[] { m.Start, m.End }).Append(text.Length).Distinct().Order().ToList();
        var open = new List<Mark>();
        var next = 0; // the next mark to open, in `ordered`
        var written = 0;
        foreach (var at in boundaries)
        {
            HtmlText.Write(writer, text, written, at);
            written = at;
            Close(writer, open, at);
            for (; next < ordered.Count && ordered[next].Start == at; next++)
            {
                Open(writer, ordered[next], first: true);
                open.Add(ordered[next]);
            }
        }
    }

    /// <summary>Closes every open mark ending at <paramref name="at"/>, with those opened inside them, and reopens the latter as continuations.</summary>
    private static void Close(TextWriter writer, List<Mark> open, int at)
    {
        var lowest = open.FindIndex(m => m.End == at);
        if (lowest < 0)
        {
            return;
        }

        var reopened = new List<Mark>();
        for (var i = open.Count - 1; i >= lowest; i--)
        {
            writer.Write("</mark>");
            if (open[i].End != at)
            {
                reopened.Insert(0, open[i]);
            }
        }

        open.RemoveRange(lowest, open.Count - lowest);
        foreach (var mark in reopened)
        {
            Open(writer, mark, first: false);
            open.Add(mark);
        }
    }

    private static void Open(TextWriter writer, Mark mark, bool first)
    {
        var d = mark.Diagnostic;
        var severity = d.Severity.ToReportWord();
        writer.Write("<mark class=\"finding sev-");
        writer.Write(severity);
        writer.Write(d.IsSuppressed ? " suppressed\"" : "\"");
        if (first)
        {
            writer.Write(" id=\"");
            writer.Write(mark.Id);
            writer.Write("\" tabindex=\"0\" aria-describedby=\"");
            writer.Write(mark.Id);
            writer.Write("-d\"");
        }
        else
        {
            writer.Write(" data-part-of=\"");
            writer.Write(mark.Id);
            writer.Write('"');
        }

        writer.Write(" data-severity=\"");
        writer.Write(severity);
        writer.Write("\" data-rule=\"");
        HtmlText.Write(writer, d.Id);
        writer.Write(d.IsSuppressed ? "\" data-suppressed=\"true\" title=\"" : "\" title=\"");
        writer.Write(d.IsSuppressed ? "suppressed " : "");
        writer.Write(severity);
        writer.Write(' ');
        HtmlText.Write(writer, d.Id);
        writer.Write("\">");
    }
}
