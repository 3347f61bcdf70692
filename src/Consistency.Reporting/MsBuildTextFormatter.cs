using Consistency.Analysis;

namespace Consistency.Reporting;

/// <summary>One compiler-style line per diagnostic, then the run's summary.</summary>
public sealed class MsBuildTextFormatter : IReportFormatter
{
    public void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.Write(DiagnosticLine.Format(diagnostic));
            writer.Write('\n');
        }

        writer.Write(Summary.Run(result));
        writer.Write('\n');
    }
}
