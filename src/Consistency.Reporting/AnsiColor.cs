using Consistency.Rules;

namespace Consistency.Reporting;

/// <summary>ANSI colours for severity words on a terminal; the command line turns them off when output is redirected or --no-color is given.</summary>
internal static class AnsiColor
{
    private const string Reset = "\u001b[0m";

    /// <param name="severity">The severity to colour by; null for a suppressed finding (dimmed).</param>
    /// <param name="text">The text to paint.</param>
    public static string Paint(Severity? severity, string text) => severity switch
    {
        Severity.Error => $"\u001b[1;31m{text}{Reset}",
        Severity.Warning => $"\u001b[1;33m{text}{Reset}",
        Severity.Info => $"\u001b[36m{text}{Reset}",
        _ => $"\u001b[2m{text}{Reset}",
    };
}
