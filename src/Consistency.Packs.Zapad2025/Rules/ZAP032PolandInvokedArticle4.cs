using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>After the drone incursion, Poland invoked NATO's Article 4 (consultations), not Article 5 (collective defence).</summary>
/// <remarks>
/// Flags Article 5 as what Poland invoked: "Furious Poland [|triggered NATO's Article 5|]", "Warsaw
/// [|invoked Article 5|]". Accepts "Poland invoked Article 4", a sentence that weighs the two
/// ("Article 4, short of Article 5") and a denial ("Poland did not invoke Article 5").
/// </remarks>
public sealed class ZAP032PolandInvokedArticle4() : ExcludedActionRule(ZapadExclusions.PolandInvokedArticle4)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.PolandInvokedArticle4,
        "Poland invoked NATO's Article 4, not Article 5",
        MessageFormat,
        RuleCategories.Chronology,
        Severity.Error,
        "Russian drones entered Polish airspace overnight on 9–10 September 2025; Poland invoked NATO's Article 4 (consultations) on 10 September.",
        [Evidence.ArabNewsDrones, Evidence.InterfaxEasternSentry],
        ["Furious Poland triggered NATO's Article 5", "Warsaw invoked Article 5 on Wednesday", "Poland requested Article 5 consultations"],
        ["Poland invoked NATO's Article 4", "Poland invoked Article 4, stopping short of Article 5", "Poland did not invoke Article 5"]);
}
