using System.Globalization;
using Humanizer;

namespace Consistency.Packs.Zapad2025;

/// <summary>
/// English wording for messages, fixed whatever the machine's culture: Humanizer's word forms
/// follow the current UI culture unless told otherwise, and a report must be the same bytes in
/// Ankara and Berlin.
/// </summary>
internal static class Wording
{
    /// <summary>"one year", "four years".</summary>
    /// <remarks>The plural is written out: Humanizer's inflector builds a vocabulary of compiled regular expressions on first use (~150 ms).</remarks>
    public static string Years(int count) => $"{Number(count)} {(count == 1 ? "year" : "years")}";

    /// <summary>"twenty-three" for a whole number below 1,000, digits otherwise ("1500", "2.5").</summary>
    public static string Number(decimal value) =>
        decimal.IsInteger(value) && value is >= 0 and < 1000 ? ((int)value).ToWords(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Belarus" for "belarus": an entity ID as a name.</summary>
    public static string Name(string id) => string.Join(' ', id.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
