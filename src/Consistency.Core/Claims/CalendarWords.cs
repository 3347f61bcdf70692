using Consistency.Text;
using System.Collections.Frozen;
using System.Globalization;

namespace Consistency.Claims;

/// <summary>Month and weekday names, full and abbreviated, from the invariant (English) calendar.</summary>
public static class CalendarWords
{
    /// <summary>"15th", "2nd": what an attached suffix turns a number into.</summary>
    internal static readonly WordSet OrdinalSuffixes = new(["st", "nd", "rd", "th"]);

    private static readonly DateTimeFormatInfo Format = CultureInfo.InvariantCulture.DateTimeFormat;

    private static readonly FrozenDictionary<string, int> Months = Build(Format.MonthNames, Format.AbbreviatedMonthNames, ("Sept", 9));

    private static readonly FrozenDictionary<string, int> Weekdays = Build(
        Format.DayNames, Format.AbbreviatedDayNames, [("Tues", 2), ("Thur", 4), ("Thurs", 4), .. Possessives(Format.DayNames)]);

    /// <summary>"last Thursday's meeting": a weekday's possessive names the same day (both apostrophes).</summary>
    private static IEnumerable<(string Name, int Value)> Possessives(string[] days) =>
        days.SelectMany((name, index) => new[] { (name + "'s", index), (name + "\u2019s", index) });

    /// <summary>Every month name, full and abbreviated: tested by one bit before the name is looked up.</summary>
    internal static readonly WordSet MonthNames = new(Months.Keys);

    /// <summary>Every month and weekday name and "weekend": a sentence without one names no day.</summary>
    internal static readonly WordSet DayAndMonthNames = new(Months.Keys.Concat(Weekdays.Keys).Append("weekend"));

    /// <summary>1–12 for a month name ("September", "Sept", "Sep").</summary>
    public static bool TryMonth(ReadOnlySpan<char> word, out int month) =>
        Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out month);

    /// <summary>0 (Sunday) to 6 for a weekday name ("Monday", "Mon").</summary>
    public static bool TryWeekday(ReadOnlySpan<char> word, out DayOfWeek day)
    {
        var found = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var index);
        day = (DayOfWeek)index;
        return found;
    }

    private static FrozenDictionary<string, int> Build(string[] names, string[] abbreviations, params (string Name, int Value)[] extra)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var offset = names.Length == 13 ? 1 : 0; // month arrays are 13 long (a blank 13th month), 1-based here
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length > 0)
            {
                map[names[i]] = i + offset;
                map[abbreviations[i]] = i + offset;
            }
        }

        foreach (var (name, value) in extra)
        {
            map[name] = value;
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
