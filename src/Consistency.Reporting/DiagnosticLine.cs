using System.Globalization;
using Consistency.Analysis;
using Consistency.Rules;

namespace Consistency.Reporting;

/// <summary>The line compilers print, and IDEs and CI parse: <c>path(line,col): severity ID: message</c>.</summary>
public static class DiagnosticLine
{
    public static string Format(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return string.Create(CultureInfo.InvariantCulture,
            $"{diagnostic.Path}({diagnostic.Location.StartLine},{diagnostic.Location.StartColumn}): {diagnostic.Severity.ToReportWord()} {diagnostic.Id}: {diagnostic.Message}");
    }
}
