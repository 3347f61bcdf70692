using System.Collections.Frozen;
using System.Globalization;
using Consistency.Analysis;
using Consistency.Rules;
using Humanizer;

namespace Consistency.Reporting;

/// <summary>
/// Readable counts: "3 discrepancies (1 error, 2 warnings)", "no discrepancies". Suppressed
/// findings are counted apart ("2 discrepancies (1 error, 1 suppressed)"): they no longer count
/// as errors, but a reviewer still sees that they are there.
/// </summary>
public static class Summary
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Of(IEnumerable<Diagnostic> diagnostics) => Of(DiagnosticTally.Of(diagnostics));

    public static string Of(DiagnosticTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (tally.Total == 0)
        {
            return "no discrepancies";
        }

        var parts = new[] { Severity.Error, Severity.Warning, Severity.Info, Severity.Hidden }
            .Select(s => (Noun: Noun(s), Count: tally.Count(s)))
            .Append((Noun: "suppressed", Count: tally.Suppressed))
            .Where(p => p.Count > 0)
            .Select(p => p.Noun == "suppressed" ? $"{p.Count.ToString(Invariant)} suppressed" : Quantity(p.Noun, p.Count));
        return $"{Quantity("discrepancy", tally.Total)} ({string.Join(", ", parts)})";
    }

    /// <summary>The word a severity is counted in: "suggestion" for info, as .editorconfig says it.</summary>
    public static string Noun(Severity severity) => severity == Severity.Info ? "suggestion" : severity.ToReportWord();

    public static string Run(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Run(result.Articles.Count, DiagnosticTally.Of(result.Diagnostics));
    }

    /// <summary>"5 articles checked: 3 discrepancies (…)".</summary>
    public static string Run(int articles, DiagnosticTally tally) => $"{Quantity("article", articles)} checked: {Of(tally)}";

    /// <summary>
    /// The nouns a summary uses, with their plurals written out: any use of Humanizer's inflector
    /// first builds its whole vocabulary of compiled regular expressions, about 150 ms, half of the
    /// command line's start-up. Other nouns still go to Humanizer.
    /// </summary>
    private static readonly FrozenDictionary<string, string> Plurals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["article"] = "articles",
        ["discrepancy"] = "discrepancies",
        ["error"] = "errors",
        ["warning"] = "warnings",
        ["suggestion"] = "suggestions",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"1 discrepancy", "3 discrepancies", numbers without culture-specific separators (as Humanizer's <c>ToQuantity(count, "0")</c>).</summary>
    public static string Quantity(string noun, int count) =>
        Plurals.TryGetValue(noun, out var plural)
            ? $"{count.ToString("0", Invariant)} {(count == 1 ? noun : plural)}"
            : noun.ToQuantity(count, "0", Invariant);
}
