using System.Globalization;
using Consistency.Analysis;
using Consistency.Rules;

namespace Consistency.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one per finding, which the runner turns into annotations on
/// the pull request's lines: <c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=ID::message</c>.
/// Warnings are <c>::warning</c>; suggestions, hidden and suppressed findings are <c>::notice</c>
/// (a suppressed one says why). Values are escaped as the runner expects (%, CR, LF; and ':' and ','
/// inside properties). The run's summary follows as a plain log line.
/// </summary>
public sealed class GitHubAnnotationsFormatter : IStreamingReportFormatter
{
    public void Write(AnalysisResult result, TextWriter writer) => StreamingReport.Write(this, result, writer);

    public void WriteReport(ArticleReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var d in report.Diagnostics)
        {
            var l = d.Location;
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"::{Command(d)} file={Property(d.Path)},line={l.StartLine},col={l.StartColumn},endLine={l.EndLine},endColumn={l.EndColumn},title={Property(d.Id)}::{Data(d.Message + DiagnosticLine.SuppressedSuffix(d))}"));
            writer.Write('\n');
        }
    }

    private static string Command(Diagnostic d) => d.IsSuppressed ? "notice" : d.Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
