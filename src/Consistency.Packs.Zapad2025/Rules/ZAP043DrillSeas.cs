using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Zapad-2025 was held in Belarus, Russia, and the Baltic and Barents seas.</summary>
/// <remarks>
/// Flags another sea given to the drills: "exercised in Belarus and on the Baltic and [|Black seas|]",
/// "naval drills in the [|Caspian Sea|] as part of Zapad". Accepts the Baltic and Barents seas, the
/// Black Sea Fleet, and another exercise in another sea set against Zapad.
/// </remarks>
public sealed class ZAP043DrillSeas() : ExcludedActionRule(ZapadExclusions.DrillSeas)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.DrillSeas,
        "Zapad-2025 was held in the Baltic and Barents seas",
        MessageFormat,
        RuleCategories.Places,
        Severity.Error,
        "Zapad-2025 ran from 12 to 16 September 2025 in Belarus, Russia, and the Baltic and Barents seas (TASS, The Moscow Times).",
        [Evidence.TassStart, Evidence.MoscowTimesStart],
        ["troops exercised in Belarus and on the Baltic and Black seas", "Zapad-2025 included naval drills in the Caspian Sea"],
        ["the drills ran in Belarus, Russia and the Baltic and Barents seas", "ships of the Black Sea Fleet were not part of Zapad", "NATO's drills in the Black Sea, unlike Zapad"]) with
    {
        // No party disputes it: words given to anyone that contradict it are a warning, not a note.
        Undisputed = true,
    };
}
