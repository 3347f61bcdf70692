using System.Globalization;
using Consistency.Rules;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>A date and the weekday written with it must agree (September 2025: Fri 12, Mon 15, Tue 16 …).</summary>
/// <remarks>
/// Flags "[|Sunday, Sept. 15|]" (a Monday) and "[|Saturday 12 September|]" (a Friday). A date without
/// a year is read in 2025, the story's year. Accepts "Friday, Sept. 12", "Monday 15 September 2025",
/// "Thursday, September 11" and dates in other years checked against their own calendar.
/// </remarks>
public sealed class ZAP008DatesMatchWeekdays : Rule
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.DatesMatchWeekdays,
        "A date's weekday is wrong",
        "{0} was a {1}, not a {2}",
        RuleCategories.Chronology,
        Severity.Error,
        "Calendar, September 2025: Tue 9, Wed 10, Thu 11, Fri 12, Sat 13, Sun 14, Mon 15, Tue 16.",
        [Evidence.TassStart, Evidence.MoscowTimesStart],
        ["Sunday, Sept. 15", "Saturday 12 September", "Wednesday, September 9, 2025"],
        ["Friday, Sept. 12", "Monday 15 September 2025", "Thursday, September 11", "Monday, September 13, 2021"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var date in context.Claims.Dates)
        {
            if (date is not { Weekday: { } stated, Day: { } day, Month: { } month } || date.LastDay is not null)
            {
                continue;
            }

            var year = date.Year ?? StoryFacts.CurrentEdition;
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var actual = new DateTime(year, month, day).DayOfWeek;
            if (actual != stated)
            {
                var when = new DateTime(year, month, day).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
                context.Report(date.Span, when, actual, stated);
            }
        }
    }
}
