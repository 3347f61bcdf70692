using Consistency.Analysis;

namespace Consistency.Reporting;

/// <summary>Writes one analysis result in one format. Output depends on the result alone: no clock, culture or machine.</summary>
public interface IReportFormatter
{
    void Write(AnalysisResult result, TextWriter writer);
}
