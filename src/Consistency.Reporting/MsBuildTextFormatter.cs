using Consistency.Analysis;

namespace Consistency.Reporting;

/// <summary>One compiler-style line per diagnostic, then the run's summary.</summary>
/// <param name="color">Paint severity words with ANSI colours (for a terminal).</param>
public sealed class MsBuildTextFormatter(bool color = false) : IStreamingReportFormatter
{
    public void Write(AnalysisResult result, TextWriter writer) => StreamingReport.Write(this, result, writer);

    public void WriteReport(ArticleReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var diagnostic in report.Diagnostics)
        {
            writer.Write(DiagnosticLine.Format(diagnostic, color));
            writer.Write('\n');
            foreach (var related in diagnostic.Related)
            {
                writer.Write(RelatedLine.Format(related));
                writer.Write('\n');
            }
        }
    }
}
