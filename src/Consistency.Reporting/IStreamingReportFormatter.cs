using Consistency.Analysis;

namespace Consistency.Reporting;

/// <summary>
/// A format whose findings need nothing that comes after them, and that ends with the run's
/// summary line: it can be written report by report while a run goes on
/// (<see cref="StreamingReport"/>). Writing a whole result is the same as writing each of its
/// reports (articles, then configuration files) and then the summary.
/// </summary>
public interface IStreamingReportFormatter : IReportFormatter
{
    void WriteReport(ArticleReport report, TextWriter writer);
}
