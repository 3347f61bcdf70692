namespace Consistency.Rules;

/// <summary>The words severities are written as: in reports ("error", "info") and in .editorconfig ("suggestion", "silent").</summary>
public static class SeverityNames
{
    public static string ToReportWord(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hidden",
    };

    /// <summary>Reads a severity word as --min-severity takes it (also 'info' and 'hidden'); <c>none</c> gives <c>null</c> (the rule is off).</summary>
    public static bool TryParseConfigWord(string word, out Severity? severity)
    {
        severity = null;
        switch (word.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "suggestion" or "info": severity = Severity.Info; return true;
            case "silent" or "hidden": severity = Severity.Hidden; return true;
            case "none": return true;
            default: return false;
        }
    }
}
