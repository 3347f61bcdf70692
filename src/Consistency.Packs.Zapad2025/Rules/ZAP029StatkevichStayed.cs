using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Mikalai Statkevich refused to leave Belarus when the 52 were freed and taken to Lithuania.</summary>
/// <remarks>
/// Flags his going with the others: "Statkevich, who [|crossed into|] Lithuania with the others",
/// "Statkevich was [|taken to|] Vilnius". Accepts "Statkevich refused to leave", the others taken to
/// Lithuania in a clause without him, and a denial ("Statkevich did not cross into Lithuania").
/// </remarks>
public sealed class ZAP029StatkevichStayed() : ExcludedActionRule(ZapadExclusions.StatkevichStayed)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.StatkevichStayed,
        "Statkevich refused to leave with the freed prisoners",
        MessageFormat,
        RuleCategories.People,
        Severity.Error,
        "52 prisoners were freed on 11 September 2025 and taken to Lithuania; the opposition figure Mikalai Statkevich refused to leave.",
        [Evidence.KyivIndependentPrisoners],
        ["Statkevich, who crossed into Lithuania with the others", "Statkevich was taken to Vilnius", "Mikalai Statkevich arrived in Lithuania"],
        ["Statkevich refused to leave", "the others were taken to Lithuania; Statkevich stayed", "Statkevich did not cross into Lithuania"]);
}
