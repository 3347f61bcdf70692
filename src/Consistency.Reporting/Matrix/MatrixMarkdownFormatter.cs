using System.Globalization;
using System.Text;
using Consistency.Rules;

namespace Consistency.Reporting.Matrix;

/// <summary>
/// The matrix as a Markdown table (facts down the side and articles across; turned when there are
/// more articles than fit across), each cell the status in bold and the values; then each quote
/// across sources with its wordings and their word diffs; then the findings across sources with
/// their related locations. This is what <c>snapshots/corpus.verified.md</c> holds. Written row by
/// row: a ten-thousand-article matrix is never one string in memory.
/// </summary>
public sealed class MatrixMarkdownFormatter : IMatrixFormatter
{
    /// <summary>Places listed under one wording at most; the rest are counted (a pull-request comment has a size limit).</summary>
    public const int MostPlacesListed = 10;

    /// <summary>How a Markdown matrix opens; it also tells an earlier matrix from an article when a folder is scanned.</summary>
    public const string Heading = "## Claims matrix";

    public void Write(MatrixReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var matrix = report.Matrix;
        var md = new StringBuilder();
        md.Append(Heading).Append("\n\n")
            .Append(string.Create(CultureInfo.InvariantCulture, $"{matrix.Facts.Count} {(matrix.Facts.Count == 1 ? "fact" : "facts")} across {matrix.Articles.Count} {(matrix.Articles.Count == 1 ? "article" : "articles")}. "))
            .Append(MarkdownText.Escape(MatrixReport.Legend)).Append(".\n");
        if (matrix.Facts.Count > 0)
        {
            md.Append('\n');
            if (report.ArticlesDown)
            {
                Table(md, writer, "Article", matrix.Articles.Select(Code), matrix.Facts.Select(MarkdownText.Escape), matrix.Articles, matrix.Facts, (a, f) => matrix[f, a]);
            }
            else
            {
                Table(md, writer, "Fact", matrix.Facts.Select(MarkdownText.Escape), matrix.Articles.Select(Code), matrix.Facts, matrix.Articles, (f, a) => matrix[f, a]);
            }
        }

        Quotes(md, writer, report.Quotes);

        md.Append("\n### Findings across sources\n\n");
        if (report.Findings.Count == 0)
        {
            md.Append("None.\n");
        }

        foreach (var d in report.Findings)
        {
            md.Append("- **").Append(d.Severity.ToReportWord()).Append("** ").Append(MarkdownText.RuleLink(d.Descriptor)).Append(' ').Append(Code(d.Path))
                .Append(string.Create(CultureInfo.InvariantCulture, $" line {d.Location.StartLine}, column {d.Location.StartColumn}: "))
                .Append(MarkdownText.Escape(d.Message)).Append('\n');
            foreach (var related in d.Related)
            {
                md.Append("  - related: ").Append(Code(related.Path))
                    .Append(string.Create(CultureInfo.InvariantCulture, $" line {related.Location.StartLine}, column {related.Location.StartColumn}: "))
                    .Append(MarkdownText.Escape(related.Message)).Append('\n');
            }

            Flush(md, writer);
        }

        Flush(md, writer);
    }

    /// <summary>Each quote: a table of its wordings, the first the reference the others' word diffs are against.</summary>
    private static void Quotes(StringBuilder md, TextWriter writer, IReadOnlyList<QuoteGroup> quotes)
    {
        md.Append("\n### Quotes across sources\n\n");
        if (quotes.Count == 0)
        {
            md.Append("None.\n");
        }

        foreach (var quote in quotes)
        {
            md.Append("#### ").Append(MarkdownText.Escape(quote.Fact)).Append('\n')
                .Append(string.Create(CultureInfo.InvariantCulture, $"\n{quote.Renderings.Count} {(quote.Renderings.Count == 1 ? "wording" : "wordings")} in {quote.Articles} {(quote.Articles == 1 ? "article" : "articles")}; word diffs against wording 1 (`[-…-]` only in 1, `{{+…+}}` only in this one).\n\n"))
                .Append("| # | Wording | Word diff against 1 | Where |\n| --- | --- | --- | --- |\n");
            foreach (var rendering in quote.Renderings)
            {
                md.Append(string.Create(CultureInfo.InvariantCulture, $"| {rendering.Number} | “")).Append(MarkdownText.Escape(rendering.Text)).Append("” | ")
                    .Append(rendering.Diff is null ? "(reference)" : "`" + rendering.Diff + "`").Append(" | ");
                var places = rendering.Places.Take(MostPlacesListed)
                    .Select(p => string.Create(CultureInfo.InvariantCulture, $"{Code(p.Path)} line {p.Location.StartLine}, column {p.Location.StartColumn}"));
                md.Append(string.Join("; ", places));
                if (rendering.Places.Count > MostPlacesListed)
                {
                    md.Append(string.Create(CultureInfo.InvariantCulture, $"; and {rendering.Places.Count - MostPlacesListed} more"));
                }

                md.Append(" |\n");
                Flush(md, writer);
            }
        }
    }

    private static void Table(StringBuilder md, TextWriter writer, string corner, IEnumerable<string> rowNames, IEnumerable<string> columnNames,
        IReadOnlyList<string> rows, IReadOnlyList<string> columns, Func<string, string, MatrixCell> cell)
    {
        md.Append("| ").Append(corner).Append(" | ").Append(string.Join(" | ", columnNames)).Append(" |\n")
            .Append("| --- |").Append(string.Concat(Enumerable.Repeat(" --- |", columns.Count))).Append('\n');
        using var names = rowNames.GetEnumerator();
        for (var r = 0; r < rows.Count && names.MoveNext(); r++)
        {
            md.Append("| ").Append(names.Current).Append(" |");
            foreach (var column in columns)
            {
                var c = cell(rows[r], column);
                md.Append(" **").Append(c.StatusWord).Append("**");
                if (c.Values.Count > 0)
                {
                    md.Append(": ").Append(MarkdownText.Escape(c.Describe()));
                }

                md.Append(" |");
            }

            md.Append('\n');
            Flush(md, writer);
        }
    }

    /// <summary>Hands what is built so far to the writer and starts again: memory holds one row, not the report.</summary>
    private static void Flush(StringBuilder md, TextWriter writer)
    {
        foreach (var chunk in md.GetChunks())
        {
            writer.Write(chunk.Span);
        }

        md.Clear();
    }

    private static string Code(string path) => $"`{path}`";
}
