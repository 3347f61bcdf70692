using System.Globalization;

namespace Consistency.Reporting.Matrix;

/// <summary>
/// The matrix as plain text: a heading line with the counts, then each fact, then one line per article (status, then values), which
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
        writer.Write(Heading(report));
        writer.Write("\n\n");
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

        foreach (var quote in report.Quotes)
        {
            Quote(writer, quote);
        }

        if (report.Findings.Count > 0)
        {
            writer.Write("Findings across sources\n");
        }

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

    /// <summary>The first line: "Claims matrix: 2 facts across 5 articles; 1 quote across sources; 1 finding across sources". It also tells an earlier matrix from an article when a folder is scanned.</summary>
    public static string Heading(MatrixReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var matrix = report.Matrix;
        var quotes = report.Quotes.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"; {report.Quotes.Count} {(report.Quotes.Count == 1 ? "quote" : "quotes")} across sources");
        return string.Create(CultureInfo.InvariantCulture,
            $"{HeadingStart}{matrix.Facts.Count} {(matrix.Facts.Count == 1 ? "fact" : "facts")} across {matrix.Articles.Count} {(matrix.Articles.Count == 1 ? "article" : "articles")}{quotes}; {report.Findings.Count} {(report.Findings.Count == 1 ? "finding" : "findings")} across sources");
    }

    /// <summary>How a text matrix opens.</summary>
    public const string HeadingStart = "Claims matrix: ";

    /// <summary>
    /// "Quote: Khrenin to the US officers, …", then each wording: its number and text, its word diff
    /// against wording 1 (<c>[-…-]</c> only in 1, <c>{+…+}</c> only in this one), and every place that gives it.
    /// </summary>
    private static void Quote(TextWriter writer, QuoteGroup quote)
    {
        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"Quote: {quote.Fact} ({quote.Renderings.Count} {(quote.Renderings.Count == 1 ? "wording" : "wordings")} in {quote.Articles} {(quote.Articles == 1 ? "article" : "articles")})\n"));
        foreach (var rendering in quote.Renderings)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"  {rendering.Number}. \u201C{rendering.Text}\u201D\n"));
            writer.Write(rendering.Diff is null ? "     reference\n" : $"     diff against 1: {rendering.Diff}\n");
            foreach (var place in rendering.Places)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"     {place.Path}({place.Location.StartLine},{place.Location.StartColumn})\n"));
            }
        }

        writer.Write('\n');
    }
}
