using System.Globalization;
using System.Text;
using Consistency.Rules;

namespace Consistency.Reporting.Matrix;

/// <summary>
/// The matrix as a Markdown table (facts down the side and articles across; turned when there are
/// more articles than fit across), each cell the status in bold and the values; then the findings
/// across sources with their related locations. This is what <c>snapshots/corpus.verified.md</c> holds.
/// </summary>
public sealed class MatrixMarkdownFormatter : IMatrixFormatter
{
    public void Write(MatrixReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var matrix = report.Matrix;
        var md = new StringBuilder();
        md.Append("## Claims matrix\n\n")
            .Append(string.Create(CultureInfo.InvariantCulture, $"{matrix.Facts.Count} {(matrix.Facts.Count == 1 ? "fact" : "facts")} across {matrix.Articles.Count} {(matrix.Articles.Count == 1 ? "article" : "articles")}. "))
            .Append(MarkdownText.Escape(MatrixReport.Legend)).Append(".\n");
        if (matrix.Facts.Count > 0)
        {
            md.Append('\n');
            if (report.ArticlesDown)
            {
                Table(md, "Article", matrix.Articles.Select(Code), matrix.Facts.Select(MarkdownText.Escape), matrix.Articles, matrix.Facts, (a, f) => matrix[f, a]);
            }
            else
            {
                Table(md, "Fact", matrix.Facts.Select(MarkdownText.Escape), matrix.Articles.Select(Code), matrix.Facts, matrix.Articles, (f, a) => matrix[f, a]);
            }
        }

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
        }

        writer.Write(md.ToString());
    }

    private static void Table(StringBuilder md, string corner, IEnumerable<string> rowNames, IEnumerable<string> columnNames,
        IReadOnlyList<string> rows, IReadOnlyList<string> columns, Func<string, string, MatrixCell> cell)
    {
        md.Append("| ").Append(corner).Append(" | ").Append(string.Join(" | ", columnNames)).Append(" |\n")
            .Append("| --- |").Append(string.Concat(Enumerable.Repeat(" --- |", columns.Count))).Append('\n');
        var names = rowNames.ToArray();
        for (var r = 0; r < rows.Count; r++)
        {
            md.Append("| ").Append(names[r]).Append(" |");
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
        }
    }

    private static string Code(string path) => $"`{path}`";
}
