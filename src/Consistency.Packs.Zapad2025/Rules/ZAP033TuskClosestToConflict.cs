using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>"The closest we have been to open conflict since World War Two" was Prime Minister Donald Tusk's, on 10 September.</summary>
/// <remarks>
/// Flags the words given to another speaker ("Foreign Minister [|Radosław Sikorski|] called it
/// “the closest we have been to open conflict since World War Two”") or changed in meaning ("we
/// are not close to open conflict"). Accepts Tusk, Poland's government as the speaker, and
/// other words about the war.
/// </remarks>
public sealed class ZAP033TuskClosestToConflict() : QuoteFidelityRule(ZapadQuotes.TuskClosestToConflict)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.TuskClosestToConflict,
        "Tusk's \"closest to open conflict\" keeps its speaker and meaning",
        MessageFormat,
        RuleCategories.Quotes,
        Severity.Error,
        "On 10 September 2025, after the drone incursion, Prime Minister Donald Tusk said the situation was \"the closest we have been to open conflict since World War Two\".",
        [Evidence.ArabNewsDrones],
        ["Foreign Minister Radosław Sikorski called it \"the closest we have been to open conflict since World War Two\"", "Zakharova said it was \"the closest we have been to open conflict since World War Two\""],
        ["Tusk said the situation was \"the closest we have been to open conflict since World War Two\"", "Poland called it \"the closest we have been to open conflict since World War Two\"", "\"We are closer to war than ever,\" a commentator wrote"]);
}
