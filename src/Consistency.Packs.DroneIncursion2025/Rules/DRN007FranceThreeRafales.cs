using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.DroneIncursion2025.Rules;

/// <summary>France sent three Rafale fighters to Eastern Sentry.</summary>
/// <remarks>
/// Flags another number of French Rafales: "France will deploy [|five|] Rafale jets". Accepts "three
/// Rafale fighters" and other countries' jets (<see cref="DroneFigures.FrenchRafales"/>).
/// </remarks>
public sealed class DRN007FranceThreeRafales() : QuantityRule(DroneFigures.FrenchRafales)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.FranceThreeRafales,
        "France sent three Rafale fighters",
        "France sent {0} Rafale fighters to Eastern Sentry; the article says \"{1}\"",
        RuleCategories.Figures,
        Severity.Error,
        "Among the first contributions to Eastern Sentry, announced on 12 September 2025: France three Rafale fighters, beside Denmark's two F-16s and Germany's four Eurofighters.",
        [Evidence.EvrimAgaciContributions, Evidence.FreePressEasternSentry],
        ["France will deploy five Rafale jets", "two French Rafales"],
        ["France will deploy three Rafale jets", "three French Rafale fighters"]);
}
