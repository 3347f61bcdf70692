using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>The Borisovsky training ground, the main Belarusian site of Zapad-2025, lies in the Minsk region.</summary>
/// <remarks>
/// Flags another Belarusian region beside its name: "the Borisovsky training ground in the [|Brest
/// region|]", "Barysaw ([|Vitebsk Oblast|])". Accepts "Borisovsky, in the Minsk region", and drills
/// "at Borisovsky and in the Brest region" (two places, not one).
/// </remarks>
public sealed class ZAP042BorisovskyInMinskRegion() : SiteRegionRule(ZapadSites.Borisovsky)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.BorisovskyInMinskRegion,
        "The Borisovsky ground is in the Minsk region",
        MessageFormat,
        RuleCategories.Places,
        Severity.Error,
        "The main Belarusian site of Zapad-2025 was the Borisovsky training ground near Barysaw, about 74 km north-east of Minsk, in the Minsk region.",
        [Evidence.TassObservers],
        ["the Borisovsky training ground in the Brest region", "Barysaw (Vitebsk Oblast)", "the Grodno region's Borisovsky range"],
        ["the Borisovsky training ground in the Minsk region", "drills at Borisovsky and in the Brest region", "observers visited Borisovsky on Monday"]) with
    {
        // No party disputes it: words given to anyone that contradict it are a warning, not a note.
        Undisputed = true,
    };
}
