using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Mulino, the main Russian site of Zapad-2025, lies in the Nizhny Novgorod region.</summary>
/// <remarks>
/// Flags another region beside its name: "Mulino in the [|Kaliningrad region|]", "Mulino
/// ([|Pskov region|])". Accepts "Mulino in the Nizhny Novgorod region" and drills "at Mulino and in
/// the Kaliningrad region" (two places, not one).
/// </remarks>
public sealed class ZAP031MulinoInNizhnyNovgorodRegion() : SiteRegionRule(ZapadSites.Mulino)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.MulinoInNizhnyNovgorodRegion,
        "Mulino is in the Nizhny Novgorod region",
        MessageFormat,
        RuleCategories.Places,
        Severity.Error,
        "The main Russian site of Zapad-2025 was the Mulino training ground in the Nizhny Novgorod region, which Putin visited on 16 September 2025.",
        [Evidence.TassPutinMulino],
        ["Mulino in the Kaliningrad region", "the Mulino range (Pskov region)", "the Smolensk region's Mulino"],
        ["Mulino in the Nizhny Novgorod region", "drills at Mulino and in the Kaliningrad region", "Putin visited Mulino on Tuesday"]) with
    {
        // No party disputes it: words given to anyone that contradict it are a warning, not a note.
        Undisputed = true,
    };
}
