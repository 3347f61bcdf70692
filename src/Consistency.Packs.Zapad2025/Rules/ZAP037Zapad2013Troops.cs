using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Zapad-2013 involved about 12,900 troops.</summary>
/// <remarks>
/// Flags another size for Zapad-2013 ("Zapad-2013 brought [|some 22,000|] troops"). Accepts about 12,900 ("nearly 13,000") and figures of other editions in other clauses.
/// </remarks>
public sealed class ZAP037Zapad2013Troops() : QuantityRule(ZapadFigures.Zapad2013Troops)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.Zapad2013Troops,
        "Zapad-2013 involved about 12,900 troops",
        "Zapad-2013 involved about {0} troops; the article says \"{1}\"",
        RuleCategories.Series,
        Severity.Error,
        "Zapad-2013 (20–26 September 2013) involved about 12,900 troops.",
        [Evidence.Aviationist2013],
        ["Zapad-2013 brought some 22,000 troops", "Zapad-2013 involved 70,000 soldiers"],
        ["Zapad-2013 involved about 12,900 troops", "nearly 13,000 troops took part in Zapad-2013", "Zapad-2017 officially drew 12,700"]);
}
