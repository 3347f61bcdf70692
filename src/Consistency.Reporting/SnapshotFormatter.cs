using System.Text;
using Consistency.Analysis;

namespace Consistency.Reporting;

/// <summary>
/// An article's report as reviewers read it in a snapshot diff: a summary line, then each
/// diagnostic as the compiler line followed by its sentence with the span marked <c>[|…|]</c>.
/// LF line endings, no trailing newline (Verify's convention).
/// </summary>
public static class SnapshotFormatter
{
    public static string Format(ArticleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append(report.Path).Append(": ").Append(Summary.Of(report.Diagnostics));
        foreach (var diagnostic in report.Diagnostics)
        {
            text.Append("\n\n").Append(DiagnosticLine.Format(diagnostic));
            if (diagnostic.Excerpt is { } excerpt)
            {
                text.Append("\n    ").Append(Mark(excerpt, diagnostic));
            }

            foreach (var related in diagnostic.Related)
            {
                text.Append('\n').Append(RelatedLine.Format(related));
            }
        }

        return text.ToString();
    }

    private static string Mark(string excerpt, Diagnostic diagnostic)
    {
        var start = diagnostic.WordsStartInExcerpt;
        var end = start + diagnostic.Span.Length;
        var marked = new StringBuilder(excerpt.Length + 4)
            .Append(excerpt, 0, start).Append("[|").Append(excerpt, start, end - start).Append("|]").Append(excerpt, end, excerpt.Length - end);
        return OneLine(marked.ToString());
    }

    /// <summary>Line breaks inside a sentence (a hard-wrapped paragraph) are shown as spaces.</summary>
    private static string OneLine(string text) =>
        text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ');
}
