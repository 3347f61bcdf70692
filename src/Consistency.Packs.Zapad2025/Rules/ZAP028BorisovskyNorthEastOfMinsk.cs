using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>The Borisovsky training ground lies north-east of Minsk.</summary>
/// <remarks>
/// Flags another bearing for the ground: "the Borisovsky ground, 74 km [|south-west of|] Minsk".
/// Accepts "north-east of Minsk", "east of the capital", and bearings of other places in clauses
/// that do not name the ground (<see cref="ZapadExclusions.BorisovskyBearing"/>).
/// </remarks>
public sealed class ZAP028BorisovskyNorthEastOfMinsk() : ExcludedActionRule(ZapadExclusions.BorisovskyBearing)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.BorisovskyNorthEastOfMinsk,
        "The Borisovsky ground lies north-east of Minsk",
        MessageFormat,
        RuleCategories.Places,
        Severity.Error,
        "The main Belarusian site of Zapad-2025 was the Borisovsky training ground near Barysaw, Minsk region, about 74 km north-east of Minsk.",
        [Evidence.TassObservers],
        ["the Borisovsky training ground, located some 40 kilometres south-west of Minsk", "the range near Borisov, west of Minsk"],
        ["about 74 km north-east of Minsk", "east of Minsk, near Barysaw", "Poland lies west of Minsk"]) with
    {
        // No party disputes it: words given to anyone that contradict it are a warning, not a note.
        Undisputed = true,
    };
}
