using System.Globalization;

namespace Consistency.Reporting.Matrix;

/// <summary>
/// The matrix as plain text: each fact, then one line per article (status, then values), which
/// reads the same for five articles or ten thousand; then the findings across sources as compiler
/// lines with their related locations under them.
/// </summary>
public sealed class MatrixTextFormatter : IMatrixFormatter
{
    public void Write(MatrixReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var matrix = report.Matrix;
        var width = matrix.Articles.Count == 0 ? 0 : matrix.Articles.Max(a => a.Length);
        var statusWidth = Enum.GetNames<CellStatus>().Max(n => n.Length);
        foreach (var fact in matrix.Facts)
        {
            writer.Write(fact);
            writer.Write('\n');
            foreach (var article in matrix.Articles)
            {
                var cell = matrix[fact, article];
                var line = $"  {article.PadRight(width)}  {cell.StatusWord.PadRight(statusWidth)}  {cell.Describe()}";
                writer.Write(line.TrimEnd());
                writer.Write('\n');
            }

            writer.Write('\n');
        }

        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"{matrix.Facts.Count} {(matrix.Facts.Count == 1 ? "fact" : "facts")} across {matrix.Articles.Count} {(matrix.Articles.Count == 1 ? "article" : "articles")}; {report.Findings.Count} {(report.Findings.Count == 1 ? "finding" : "findings")} across sources\n"));
        foreach (var finding in report.Findings)
        {
            writer.Write(DiagnosticLine.Format(finding));
            writer.Write('\n');
            foreach (var related in finding.Related)
            {
                writer.Write(RelatedLine.Format(related));
                writer.Write('\n');
            }
        }
    }
}
