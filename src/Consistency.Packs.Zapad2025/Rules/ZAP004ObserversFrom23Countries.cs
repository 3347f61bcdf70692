using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Observers at the Borisovsky ground on 15 September came from 23 countries.</summary>
/// <remarks>
/// Flags another count of observer or delegation countries: "observers from [|32|] countries",
/// "delegations of [|twenty|] nations". Accepts "23 countries", "twenty-three nations",
/// "representatives of 23 states", "nearly two dozen countries". Leaves alone a 23 that counts
/// nothing of the kind ("23:00", "Sept 23"), invitations (Belarus invited more states than came),
/// and Russia's separate tally for events on its own ground (representatives from 55 countries).
/// A differing count attributed to a party is a note, not an error; attributed to the Belarusian
/// side, whose count 23 is, it misquotes the source and is a warning (<see cref="ZapadFigures.ObserverCountries"/>).
/// </remarks>
public sealed class ZAP004ObserversFrom23Countries() : QuantityRule(ZapadFigures.ObserverCountries)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.ObserversFrom23Countries,
        "Observers came from 23 countries",
        "Observers at the Borisovsky ground came from {0} countries; the article says \"{1}\"",
        RuleCategories.Observers,
        Severity.Error,
        "On 15 September 2025 observers from 23 countries were at the Borisovsky training ground (Belarusian Defence Ministry).",
        [Evidence.TassObservers, Evidence.PravdaObservers],
        ["observers from 32 countries", "delegations of twenty nations", "military attachés of 30 states watched"],
        ["observers from 23 countries", "twenty-three nations", "representatives of 23 states", "nearly two dozen countries", "over 100 representatives from 55 countries attended events in Russia", "Belarus invited observers from many more states"]);
}
