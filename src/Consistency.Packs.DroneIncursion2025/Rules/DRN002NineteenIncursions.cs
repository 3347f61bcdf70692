using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.DroneIncursion2025.Rules;

/// <summary>The Polish military counted 19 drone violations of Polish airspace that night.</summary>
/// <remarks>
/// Flags another count of drones entering Poland: "[|23|] drones violated Polish airspace". Accepts
/// "19 drones", "nineteen incursions", the three or four shot down and the hundreds Russia launched
/// at Ukraine (<see cref="DroneFigures.AirspaceViolations"/>). A count attributed to a party is at most a note.
/// </remarks>
public sealed class DRN002NineteenIncursions() : QuantityRule(DroneFigures.AirspaceViolations)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.NineteenIncursions,
        "19 drones violated Polish airspace",
        "{0} drones violated Polish airspace that night; the article says \"{1}\"",
        RuleCategories.Figures,
        Severity.Error,
        "Tusk told parliament on 10 September 2025 that the military had recorded 19 violations of Polish airspace by drones overnight; three, possibly four, were shot down.",
        [Evidence.UkrinformTuskNineteen, Evidence.HvgTuskNineteen, Evidence.News24Timeline],
        ["23 drones violated Polish airspace", "twelve drones entered Poland's airspace"],
        ["19 drones violated Polish airspace", "nineteen drones entered Polish airspace", "three drones were shot down"]);
}
