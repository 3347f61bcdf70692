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
    public static string Count(int years) =>
        $"{years.ToWords(CultureInfo.InvariantCulture)} {"year".ToQuantity(years, ShowQuantityAs.None)}";
}
