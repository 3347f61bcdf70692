using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Poland's order closing the crossings with Belarus was signed by Interior Minister Marcin Kierwiński.</summary>
/// <remarks>
/// Tusk announced the closure on 9 September; the order was the interior minister's. Flags another
/// signer: "The order was signed by Foreign Minister [|Radosław Sikorski|]" after a sentence about
/// the border. Accepts "signed by Interior Minister Marcin Kierwiński", and other orders signed by
/// others in sentences that say nothing of the border.
/// </remarks>
public sealed class ZAP026BorderOrderSignedByKierwinski() : RoleRule(ZapadRoles.BorderOrderSigner)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.BorderOrderSignedByKierwinski,
        "The border order was signed by Kierwiński",
        MessageFormat,
        RuleCategories.People,
        Severity.Error,
        "Poland closed all crossings with Belarus from midnight on 12 September; Tusk announced it on 9 September and the order was signed by Interior Minister Marcin Kierwiński.",
        [Evidence.TassBorderClosed],
        ["The border closure order was signed by Foreign Minister Radosław Sikorski", "the regulation closing the crossings, signed by Donald Tusk"],
        ["The order was signed by Interior Minister Marcin Kierwiński", "Tusk announced the closure", "Lukashenko signed a decree pardoning the prisoners"]);
}
