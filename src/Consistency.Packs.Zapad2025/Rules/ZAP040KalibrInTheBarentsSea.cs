using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>During the drills a Kalibr was launched from the nuclear submarine Arkhangelsk at a target in the Barents Sea.</summary>
/// <remarks>
/// Flags another sea for the launch: "a Kalibr … struck a target in the [|Baltic Sea|]". Accepts the
/// Barents Sea, and a sentence that names both seas ("drills in the Baltic Sea; the Kalibr was fired
/// in the Barents Sea").
/// </remarks>
public sealed class ZAP040KalibrInTheBarentsSea() : ExcludedActionRule(ZapadExclusions.KalibrInTheBarentsSea)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.KalibrInTheBarentsSea,
        "The Kalibr launch was in the Barents Sea",
        MessageFormat,
        RuleCategories.Places,
        Severity.Error,
        "During Zapad-2025 a Kalibr cruise missile was launched from the nuclear submarine Arkhangelsk at a target in the Barents Sea (Interfax).",
        [Evidence.TaNeaKalibr],
        ["the submarine Arkhangelsk fired a Kalibr at a target in the Baltic Sea", "a Kalibr cruise missile struck a target in the Black Sea"],
        ["a Kalibr was launched from the Arkhangelsk at a target in the Barents Sea", "drills in the Baltic Sea and a Kalibr launch in the Barents Sea", "ships in the Baltic Sea"]) with
    {
        // Interfax reported the launch: the Baltic given in its name misquotes it.
        Sources = ["interfax"],
    };
}
