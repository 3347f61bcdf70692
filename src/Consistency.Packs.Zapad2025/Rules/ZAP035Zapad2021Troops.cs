using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Zapad-2021 drew about 200,000 troops as Russia claimed, about 12,800 as Belarus counted.</summary>
/// <remarks>
/// Flags another size for Zapad-2021 ("at Zapad-2021, the Russian Defence Ministry spoke of [|some 100,000|] troops"), at warning when given to a party that gave another figure. Accepts Russia's 200,000, Belarus's 12,800, and figures of other editions in other clauses.
/// </remarks>
public sealed class ZAP035Zapad2021Troops() : QuantityRule(ZapadFigures.Zapad2021Troops)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.Zapad2021Troops,
        "Zapad-2021 drew about 200,000 troops by Russia's claim",
        "Zapad-2021 involved about {0} troops; the article says \"{1}\"",
        RuleCategories.Series,
        Severity.Error,
        "Zapad-2021 (10–16 September 2021): about 200,000 troops, as claimed by the Russian Defence Ministry; Belarus counted about 12,800 on its own soil.",
        [Evidence.TassZapad2021Size, Evidence.Azatutyun2021],
        ["at Zapad-2021, the Russian Defence Ministry spoke of some 100,000 troops", "Zapad-2021 involved 50,000 soldiers"],
        ["Zapad-2021 drew about 200,000 troops, Russia said", "Belarus counted about 12,800 troops on its soil in 2021", "Zapad-2025 drew 100,000, Putin said"]);
}
