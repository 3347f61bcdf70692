using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>The 52 prisoners freed on 11 September were taken to Lithuania.</summary>
/// <remarks>
/// Flags another destination: "the freed prisoners were brought to [|Poland|]". Accepts "taken to
/// Lithuania", "driven to Vilnius", and places the sentence gives for other things.
/// </remarks>
public sealed class ZAP025PrisonersTakenToLithuania() : RoleRule(ZapadRoles.PrisonersTakenToLithuania)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.PrisonersTakenToLithuania,
        "The freed prisoners were taken to Lithuania",
        MessageFormat,
        RuleCategories.Places,
        Severity.Error,
        "The 52 prisoners freed on 11 September 2025 were taken across the border to Lithuania; Mikalai Statkevich refused to leave.",
        [Evidence.KyivIndependentPrisoners],
        ["the freed prisoners were brought to Poland", "52 detainees were released and taken to Latvia"],
        ["the prisoners were taken to Lithuania", "the freed detainees were driven to Vilnius", "prisoners freed after Coale's trip to Minsk"]);
}
