using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>14 of the 52 prisoners freed on 11 September were foreign nationals.</summary>
/// <remarks>
/// Flags another count ("52 prisoners are freed, [|24|] of them foreign nationals"). Accepts 14, and the 14 freed in June (a sentence naming June).
/// </remarks>
public sealed class ZAP039ForeignNationalsFreed() : QuantityRule(ZapadFigures.ForeignNationalsFreed)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.ForeignNationalsFreed,
        "14 of the 52 freed were foreign nationals",
        "{0} of the 52 prisoners freed on 11 September were foreign nationals; the article says \"{1}\"",
        RuleCategories.People,
        Severity.Error,
        "52 prisoners were freed on 11 September 2025 and taken to Lithuania, 14 of them foreign nationals.",
        [Evidence.KyivIndependentPrisoners],
        ["52 prisoners are freed, 24 of them foreign nationals", "among them 20 foreigners"],
        ["52 prisoners were freed, 14 of them foreign nationals", "including 14 foreigners", "In June, 14 prisoners were freed"]);
}
