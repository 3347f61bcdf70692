using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>The US relief let Belavia service its fleet and buy parts, including for its Boeings; it did not cover new aircraft.</summary>
/// <remarks>
/// Flags new aircraft in the relief: "allows the carrier to service its fleet and to [|buy new|]
/// Boeing jets", "Belavia can now [|purchase planes|]". Accepts "buy parts, including for its Boeing
/// aircraft", "service its fleet", and a denial ("it still cannot buy new aircraft").
/// </remarks>
public sealed class ZAP030BelaviaReliefScope() : ExcludedActionRule(ZapadExclusions.BelaviaReliefScope)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.BelaviaReliefScope,
        "The Belavia relief covered servicing and parts, not new aircraft",
        MessageFormat,
        RuleCategories.Chronology,
        Severity.Error,
        "On 11 September 2025 the US eased sanctions on Belavia, allowing it to service its fleet and buy parts, including for Boeing aircraft.",
        [Evidence.SalemCoale, Evidence.OfacBelavia],
        ["allows the carrier to service its fleet and to buy new Boeing jets", "Belavia can now purchase planes", "the relief lets the airline order new airliners"],
        ["Belavia can now service its fleet and buy parts, including for its Boeing aircraft", "the airline still cannot buy new jets", "the relief covers spare parts"]);
}
