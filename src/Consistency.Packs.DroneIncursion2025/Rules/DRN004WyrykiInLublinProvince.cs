using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.DroneIncursion2025.Rules;

/// <summary>Wyryki, the village where drone debris hit a house, is in the Lublin province.</summary>
/// <remarks>
/// Flags another region beside its name: "Wyryki in the [|Podlaskie Voivodeship|]". Accepts "Wyryki
/// in the Lublin province", and two places named apart ("Wyryki and the Podlaskie Voivodeship").
/// </remarks>
public sealed class DRN004WyrykiInLublinProvince() : SiteRegionRule(DroneSites.Wyryki)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.WyrykiInLublinProvince,
        "Wyryki is in the Lublin province",
        MessageFormat,
        RuleCategories.Places,
        Severity.Error,
        "Debris of a drone hit the roof of a house in Wyryki, a village of Włodawa county in the Lublin province (Lubelskie), about 15 km from the Belarusian border; no one was hurt.",
        [Evidence.OnlineUaWyryki, Evidence.UnnWyryki],
        ["Wyryki in the Podlaskie Voivodeship", "Wyryki (Podkarpackie)"],
        ["Wyryki in the Lublin province", "Wyryki and the Podlaskie Voivodeship"]);
}
