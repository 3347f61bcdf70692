using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Zapad-2017 officially involved 12,700 troops.</summary>
/// <remarks>
/// Flags another size given for it ("Zapad-2017, officially declaring [|some 100,000|] troops"); 100,000 stands only as the West's estimate ("Western officials feared up to 100,000"). Accepts 12,700 and figures of other editions in other clauses.
/// </remarks>
public sealed class ZAP036Zapad2017Troops() : QuantityRule(ZapadFigures.Zapad2017Troops)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.Zapad2017Troops,
        "Zapad-2017 officially involved 12,700 troops",
        "Zapad-2017 officially involved about {0} troops; the article says \"{1}\"",
        RuleCategories.Series,
        Severity.Error,
        "Zapad-2017 (14–20 September 2017): officially 12,700 troops; Western estimates before the drills ran up to 100,000.",
        [Evidence.Vox2017],
        ["Zapad-2017, officially declaring some 100,000 troops", "Zapad-2017 put 40,000 soldiers in the field"],
        ["Zapad-2017 officially involved 12,700 troops", "before Zapad-2017, Western officials feared up to 100,000 troops", "Zapad-2021 drew 200,000"]);
}
