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
    public static string Years(int count) => $"{count.ToWords(CultureInfo.InvariantCulture)} {"year".ToQuantity(count, ShowQuantityAs.None)}";

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }

    /// <summary>"Belarus" for "belarus": an entity ID as a name.</summary>
    public static string Name(string id) => string.Join(' ', id.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
