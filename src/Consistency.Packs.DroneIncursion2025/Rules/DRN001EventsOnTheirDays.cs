using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.DroneIncursion2025.Rules;

/// <summary>Each dated event of the story happened on its own day.</summary>
/// <remarks>
/// Drones entered Polish airspace overnight Tuesday 9 to Wednesday 10 September 2025; four airports
/// were closed and Poland invoked Article 4 on Wednesday 10; NATO announced Eastern Sentry on Friday
/// 12 (<see cref="DroneCalendar"/>). Flags another weekday or date in a clause naming the event:
/// "Poland invoked Article 4 on [|Thursday|]", "NATO launched Eastern Sentry on [|15 September|]".
/// Accepts the right days, and days the story does not date.
/// </remarks>
public sealed class DRN001EventsOnTheirDays() : EventDateRule(DroneCalendar.Events)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.EventsOnTheirDays,
        "An event is put on the wrong day",
        MessageFormat,
        RuleCategories.Chronology,
        Severity.Error,
        "Drones entered Polish airspace overnight 9–10 September 2025 (Tuesday night to Wednesday morning); four airports closed and Poland invoked Article 4 on 10 September; NATO announced Eastern Sentry on Friday 12 September (FACTS.md, sections 1 and 3).",
        [Evidence.News24Timeline, Evidence.AnewsEasternSentry, Evidence.NewsPravdaAirports],
        ["Poland invoked Article 4 on Thursday", "NATO launched Eastern Sentry on 15 September", "drones entered Polish airspace on Sunday night", "four airports were closed on Friday"],
        ["Poland invoked Article 4 on Wednesday", "NATO launched Eastern Sentry on Friday", "drones entered Polish airspace overnight on Tuesday", "the airports were closed on Wednesday"]);
}
