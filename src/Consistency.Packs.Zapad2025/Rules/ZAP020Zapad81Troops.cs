using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>The Soviet Zapad-81 of 1981 involved about 150,000 troops.</summary>
/// <remarks>
/// The name is older than the joint series: history pieces recall the Soviet Zapad-81. Flags
/// another size for it: "Zapad-81, which in 1981 put [|some 15,000|] troops in the field". Accepts
/// "about 150,000 troops", "150 000 soldiers", and figures of other exercises in other sentences.
/// </remarks>
public sealed class ZAP020Zapad81Troops() : QuantityRule(ZapadFigures.Zapad81Troops)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.Zapad81Troops,
        "The Soviet Zapad-81 involved about 150,000 troops",
        "The Soviet Zapad-81 (1981) involved about {0} troops; the article says \"{1}\"",
        RuleCategories.Series,
        Severity.Error,
        "Before the joint series came the Soviet Zapad-81 (1981, about 150,000 troops) and a Russia-only Zapad-99; they are history, not earlier editions.",
        [Evidence.OnetHistory],
        ["the Soviet Zapad-81, which in 1981 put some 15,000 troops in the field", "Zapad-81 mobilised 50,000 soldiers"],
        ["the Soviet Zapad-81, held in 1981, involved about 150,000 troops", "some 150,000 soldiers took part in the Soviet exercise of 1981"]);
}
