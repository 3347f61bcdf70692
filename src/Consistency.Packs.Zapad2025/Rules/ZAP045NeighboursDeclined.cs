using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Poland, Lithuania and Latvia declined Belarus's invitation to observe Zapad-2025.</summary>
/// <remarks>
/// Belarus invited the OSCE Vienna Document states; its three neighbours in NATO said no. Flags one
/// of them said to have come, in a sentence about the invitation or after one: "Latvia, by
/// contrast, [|accepted|]", "Poland [|sent observers|]"; and a list of those who declined that
/// names another state with them ("Poland, Lithuania and [|Estonia|] declined"). Accepts their
/// refusal, and a denial ("Lithuania did not send observers").
/// </remarks>
public sealed class ZAP045NeighboursDeclined() : ExcludedActionRule(ZapadExclusions.NeighboursDeclined)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.NeighboursDeclined,
        "Poland, Lithuania and Latvia declined the invitation",
        MessageFormat,
        RuleCategories.Observers,
        Severity.Error,
        "Belarus invited all 56 OSCE Vienna Document states and 25 more; Poland, Lithuania and Latvia declined (TASS).",
        [Evidence.TassInvitations],
        ["Poland and Lithuania declined; Latvia, by contrast, accepted", "Belarus invited its neighbours, and Poland sent observers"],
        ["Poland, Lithuania and Latvia declined the invitation", "Lithuania did not send observers", "Hungary accepted the invitation"]) with
    {
        // No party says otherwise: words given to anyone that contradict it are a warning, not a note.
        Undisputed = true,
    };
}
