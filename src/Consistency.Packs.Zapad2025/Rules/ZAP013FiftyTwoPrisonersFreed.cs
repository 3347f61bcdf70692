using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Belarus freed 52 prisoners on 11 September 2025, the day of Coale's visit.</summary>
/// <remarks>
/// Flags another number freed: "Lukashenko released [|42|] political prisoners". Accepts "52
/// detainees", "fifty-two prisoners", the 14 foreign nationals among them, the separate release
/// of 14 in June 2025 and of 123 in December 2025 when the sentence says so
/// (<see cref="ZapadFigures.PrisonersFreed"/>).
/// </remarks>
public sealed class ZAP013FiftyTwoPrisonersFreed() : QuantityRule(ZapadFigures.PrisonersFreed)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.FiftyTwoPrisonersFreed,
        "52 prisoners were freed",
        "{0} prisoners were freed on 11 September; the article says \"{1}\"",
        RuleCategories.Figures,
        Severity.Error,
        "On 11 September 2025, after John Coale's visit, Belarus freed 52 prisoners and took them to Lithuania (separate releases freed 14 in June and 123 in December 2025).",
        [Evidence.KyivIndependentPrisoners, Evidence.SalemCoale, Evidence.LivemintJuneRelease],
        ["Lukashenko released 42 political prisoners", "the release of 25 detainees", "freed fifty prisoners", "16 prisoners freed in June"],
        ["52 political prisoners were freed", "the release of fifty-two detainees", "14 foreign nationals among the 52 freed", "123 prisoners freed in December", "Lukashenko agreed to free 52 prisoners", "14 prisoners freed in June"]);
}
