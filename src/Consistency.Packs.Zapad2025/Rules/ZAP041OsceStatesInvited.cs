using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Belarus invited all 56 states of the OSCE Vienna Document to observe Zapad-2025.</summary>
/// <remarks>
/// Flags another count for them ("all [|57|] states of the OSCE"). Accepts 56, the 25 states invited
/// bilaterally, and troop counts notified to the OSCE.
/// </remarks>
public sealed class ZAP041OsceStatesInvited() : QuantityRule(ZapadFigures.OsceStatesInvited)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.OsceStatesInvited,
        "Belarus invited the 56 states of the OSCE Vienna Document",
        "Belarus invited all {0} states of the OSCE Vienna Document; the article says \"{1}\"",
        RuleCategories.Observers,
        Severity.Error,
        "Belarus invited all 56 states of the OSCE Vienna Document and 25 more states bilaterally to observe Zapad-2025.",
        [Evidence.TassInvitations],
        ["all 57 states of the OSCE", "the 60 OSCE participating states were invited"],
        ["all 56 participants in the OSCE Vienna Document plus 25 others", "Belarus notified the OSCE of 6,850 troops", "25 states invited bilaterally"]);
}
