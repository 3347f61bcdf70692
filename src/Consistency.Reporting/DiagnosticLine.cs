using System.Globalization;
using Consistency.Analysis;
using Consistency.Rules;

namespace Consistency.Reporting;

/// <summary>
/// The line compilers print, and IDEs and CI parse: <c>path(line,col): severity ID: message</c>,
/// with <c> [suppressed: reason]</c> after a finding a reviewer accepted. Always one line: a line
/// break in the path, the message or the reason is escaped (<see cref="OneLineText"/>).
/// </summary>
public static class DiagnosticLine
{
    public static string Format(Diagnostic diagnostic) => Format(diagnostic, color: false);

    /// <param name="diagnostic">The diagnostic to print.</param>
    /// <param name="color">Paint the severity word with ANSI colours (a terminal only).</param>
    public static string Format(Diagnostic diagnostic, bool color)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var severity = diagnostic.Severity.ToReportWord();
        if (color)
        {
            severity = AnsiColor.Paint(diagnostic.IsSuppressed ? null : diagnostic.Severity, severity);
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{OneLineText.Escape(diagnostic.Path)}({diagnostic.Location.StartLine},{diagnostic.Location.StartColumn}): {severity} {diagnostic.Id}: {OneLineText.Escape(diagnostic.Message)}{SuppressedSuffix(diagnostic)}");
    }

    /// <summary>" [suppressed: reason]" for an accepted finding, else nothing.</summary>
    public static string SuppressedSuffix(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Suppression is { } s ? $" [suppressed: {OneLineText.Escape(s.Justification)}]" : "";
    }
}
