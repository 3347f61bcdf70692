using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.DroneIncursion2025.Rules;

/// <summary>The people of the story held the offices the facts give them in September 2025.</summary>
/// <remarks>
/// Mark Rutte was NATO's Secretary General, Gen. Alexus Grynkewich its Supreme Allied Commander
/// Europe, Donald Tusk Poland's Prime Minister and Karol Nawrocki its President
/// (<see cref="DroneOffices"/>). Flags one person given another's office: "[|Prime Minister|] Karol
/// Nawrocki". Accepts the right titles and titles the model does not know.
/// </remarks>
public sealed class DRN005PeopleHeldTheirOffices() : OfficeRule(DroneOffices.All)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.PeopleHeldTheirOffices,
        "People held the offices the facts give them",
        MessageFormat,
        RuleCategories.People,
        Severity.Error,
        "Mark Rutte, NATO Secretary General; Gen. Alexus Grynkewich, Supreme Allied Commander Europe; Donald Tusk, Polish Prime Minister; Karol Nawrocki, President of Poland (FACTS.md, section 4).",
        [Evidence.SentryMagazine, Evidence.UnnTuskNawrocki, Evidence.AnewsEasternSentry],
        ["Prime Minister Karol Nawrocki", "President Donald Tusk"],
        ["Prime Minister Donald Tusk", "NATO Secretary General Mark Rutte"]);
}
