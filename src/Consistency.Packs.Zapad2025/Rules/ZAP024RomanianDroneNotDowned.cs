using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>The Russian drone over Romania on 13 September was not shot down.</summary>
/// <remarks>
/// Romanian F-16s were scrambled and tracked the drone; they did not fire. Flags "Romanian F-16s
/// [|shot it down|]", "the drone was [|downed|] over Romania". Accepts "F-16s were scrambled",
/// "did not shoot it down", "Poland shot down several drones" (in a clause without Romania).
/// </remarks>
public sealed class ZAP024RomanianDroneNotDowned() : ExcludedActionRule(ZapadExclusions.RomanianDroneNotDowned)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.RomanianDroneNotDowned,
        "The drone over Romania was not shot down",
        MessageFormat,
        RuleCategories.Chronology,
        Severity.Error,
        "A Russian drone entered Romanian airspace on Saturday 13 September 2025; Romanian F-16s were scrambled and did not shoot it down.",
        [Evidence.PravdaRomania],
        ["Romanian F-16s shot it down", "the drone was downed over Romania", "Romania destroyed the drone"],
        ["Romanian F-16s were scrambled", "Romania's jets did not shoot it down", "Poland shot down several drones", "Romania scrambled jets, but did not fire"]) with
    {
        // No party disputes it: words given to anyone that contradict it are a warning, not a note.
        Undisputed = true,
    };
}
