using System.Globalization;
using Humanizer;

namespace Consistency.Packs.Zapad2025;

/// <summary>
/// "four years", "one year" in English whatever the machine's culture: Humanizer's
/// <c>ToQuantity(…, ShowQuantityAs.Words)</c> spells the number in the current culture
/// ("dört years" under tr-TR), which made reports differ between machines.
/// </summary>
internal static class YearWords
{
    /// <summary>Each count is spelled once per process: Humanizer's inflector runs regular expressions per call.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> Spelled = new();

    public static string Count(int years) => Spelled.GetOrAdd(years, static n =>
        $"{n.ToWords(CultureInfo.InvariantCulture)} {"year".ToQuantity(n, ShowQuantityAs.None)}");
}
