using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>In September 2025 Russia's full-scale war in Ukraine was three and a half years old, in its fourth year.</summary>
/// <remarks>
/// The invasion began on 24 February 2022. Read against the article's own date: flags "the war,
/// [|now in its third year|]" and "[|two years|] of war" in a September 2025 piece. Accepts "in its
/// fourth year", "three and a half years", "more than three years", "three years of war", and any
/// duration in an article that gives no date.
/// </remarks>
public sealed class ZAP023WarInItsFourthYear() : ElapsedTimeRule(ZapadDurations.WarInUkraine)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.WarInItsFourthYear,
        "The war in Ukraine was in its fourth year",
        MessageFormat,
        RuleCategories.Chronology,
        Severity.Error,
        "Russia's full-scale invasion of Ukraine began on 24 February 2022: in September 2025 the war was three and a half years old, in its fourth year.",
        [Evidence.PravdaObservers],
        ["(September 2025) the war in Ukraine, now in its third year", "(September 2025) after two years of war", "(September 2025) the war, in its fifth year"],
        ["(September 2025) the war, now in its fourth year", "(September 2025) three and a half years of war", "(September 2025) more than three years after the invasion", "an undated piece: the war in its third year"]);
}
