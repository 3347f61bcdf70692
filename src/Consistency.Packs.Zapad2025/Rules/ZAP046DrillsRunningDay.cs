using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Zapad-2025 began on Friday 12 September: each day of it has its number (Monday 15 was the fourth).</summary>
/// <remarks>
/// Read against the day the article speaks from (its dateline or a timeline entry's date), within
/// the drills' five days: flags "(dated Monday 15 September) the exercise [|entered its third day|]".
/// Accepts the right number, a running day in an article that gives no date of its own, and a day
/// of another edition ("Zapad-2021 was in its third day").
/// </remarks>
public sealed class ZAP046DrillsRunningDay() : ElapsedTimeRule(ZapadDurations.Zapad2025Days)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.DrillsRunningDay,
        "The drills' running day is counted from Friday 12 September",
        MessageFormat,
        RuleCategories.Chronology,
        Severity.Error,
        "Zapad-2025 ran from Friday 12 to Tuesday 16 September 2025: the 12th was its first day, Monday the 15th its fourth.",
        [Evidence.TassStart, Evidence.MoscowTimesStart],
        ["(dated Monday 15 September) the exercise entered its third day", "(dated Saturday 13 September) the drills, now in their third day"],
        ["(dated Monday 15 September) the drills entered their fourth day", "(dated Friday 12 September) on the first day of Zapad-2025", "an undated piece: the drills entered their third day"]);
}
