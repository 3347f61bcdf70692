using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>The Borisovsky training ground lies about 74 km from Minsk, near Barysaw.</summary>
/// <remarks>
/// Flags another distance, beyond 15 % either side (outlets round it to 70 or 75): "the Borisovsky
/// ground, [|40|] kilometres from Minsk". Accepts "about 74 km", "some 70 kilometres from the
/// capital, near Barysaw", and distances of other places (the Polish border, Mulino)
/// (<see cref="ZapadFigures.BorisovskyFromMinsk"/>).
/// </remarks>
public sealed class ZAP027BorisovskyDistanceFromMinsk() : QuantityRule(ZapadFigures.BorisovskyFromMinsk)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.BorisovskyDistanceFromMinsk,
        "The Borisovsky ground lies about 74 km from Minsk",
        "The Borisovsky ground lies about {0} km from Minsk; the article says \"{1}\"",
        RuleCategories.Places,
        Severity.Error,
        "The main Belarusian site of Zapad-2025 was the Borisovsky training ground near Barysaw, Minsk region, about 74 km north-east of Minsk.",
        [Evidence.TassObservers],
        ["the Borisovsky training ground, located some 40 kilometres from Minsk", "the range near Barysaw, 120 km from Minsk"],
        ["about 74 km north-east of Minsk", "some 70 kilometres from Minsk, near Barysaw", "the Polish border, 300 km west of Minsk"]) with
    {
        // No party disputes it: words given to anyone that contradict it are a warning, not a note.
        Undisputed = true,
    };
}
