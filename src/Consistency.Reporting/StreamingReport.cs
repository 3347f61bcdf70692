using Consistency.Analysis;

namespace Consistency.Reporting;

/// <summary>Writing through a <see cref="IStreamingReportFormatter"/>: reports as they come, then the summary.</summary>
public static class StreamingReport
{
    /// <summary>A whole result: its reports in order, then the summary.</summary>
    public static void Write(IStreamingReportFormatter formatter, AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        ArgumentNullException.ThrowIfNull(result);
        var tally = new DiagnosticTally();
        foreach (var report in result.Reports)
        {
            formatter.WriteReport(report, writer);
            tally.Add(report);
        }

        WriteEnd(result.Articles.Count, tally, writer);
    }

    /// <param name="articles">Articles checked (configuration files not counted).</param>
    /// <param name="tally">Every diagnostic written, configuration files' included.</param>
    /// <param name="writer">Where the report goes.</param>
    public static void WriteEnd(int articles, DiagnosticTally tally, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Summary.Run(articles, tally));
        writer.Write('\n');
    }
}
