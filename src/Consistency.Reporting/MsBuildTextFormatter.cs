using Consistency.Analysis;

namespace Consistency.Reporting;

/// <summary>One compiler-style line per diagnostic, then the run's summary.</summary>
/// <param name="color">Paint severity words with ANSI colours (for a terminal).</param>
public sealed class MsBuildTextFormatter(bool color = false) : IReportFormatter
{
    public void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.Write(DiagnosticLine.Format(diagnostic, color));
            writer.Write('\n');
        }

        writer.Write(Summary.Run(result));
        writer.Write('\n');
    }
}
