using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Accredited journalists came from 15 countries.</summary>
/// <remarks>
/// Flags another count ("journalists from [|25|] countries"). Accepts 15, observers' and invitations' counts in other clauses.
/// </remarks>
public sealed class ZAP038JournalistCountries() : QuantityRule(ZapadFigures.JournalistCountries)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.JournalistCountries,
        "The accredited journalists came from 15 countries",
        "About 150 journalists from {0} countries were accredited; the article says \"{1}\"",
        RuleCategories.Observers,
        Severity.Error,
        "About 150 journalists from 15 countries were accredited to cover the Zapad-2025 drills in Belarus.",
        [Evidence.TassObservers],
        ["journalists from 25 countries", "reporters from 40 nations covered the drills"],
        ["about 150 journalists from 15 countries", "observers from 23 countries", "journalists from 15 states"]);
}
