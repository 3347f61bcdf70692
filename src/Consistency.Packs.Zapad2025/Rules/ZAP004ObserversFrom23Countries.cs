using Consistency.Claims;
using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Observers at the Borisovsky ground on 15 September came from 23 countries.</summary>
/// <remarks>
/// Flags another count of observer or delegation countries: "observers from [|32|] countries",
/// "delegations of [|twenty|] nations". Accepts "23 countries", "twenty-three nations",
/// "representatives of 23 states", "nearly two dozen countries". Leaves alone a 23 that counts
/// nothing of the kind ("23:00", "Sept 23"), invitations (Belarus invited more states than came),
/// and Russia's separate tally for events on its own ground (representatives from 55 countries).
/// A differing count attributed to a party is a note, not an error.
/// </remarks>
public sealed class ZAP004ObserversFrom23Countries : Rule
{
    private static readonly WordSet CountryNouns = new(["countries", "nations", "states", "country", "nation", "state"]);

    private static readonly WordSet ObserverCues = new([
        "observer", "observers", "delegation", "delegations", "representative", "representatives", "attaché", "attachés",
        "attache", "attaches", "guests", "watched", "observed", "observing", "attended", "attending", "present", "visitors",
    ]);

    private static readonly WordSet InvitationCues = new(["invited", "invitations", "invitation", "inviting", "invite"]);

    public override RuleDescriptor Descriptor { get; } = ZapadDescriptor.Create(
        RuleIds.ObserversFrom23Countries,
        "Observers came from 23 countries",
        "Observers at the Borisovsky ground came from 23 countries; the article says \"{0}\"",
        RuleCategories.Observers,
        Severity.Error,
        "On 15 September 2025 observers from 23 countries were at the Borisovsky training ground (Belarusian Defence Ministry).",
        [Evidence.TassObservers, Evidence.PravdaObservers],
        ["observers from 32 countries", "delegations of twenty nations", "military attachés of 30 states watched"],
        ["observers from 23 countries", "twenty-three nations", "representatives of 23 states", "nearly two dozen countries", "over 100 representatives from 55 countries attended events in Russia", "Belarus invited observers from many more states"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        foreach (var quantity in claims.Quantities)
        {
            if (!IsObserverCountryCount(claims, quantity) || quantity.Range.Contains(StoryFacts.ObserverCountries))
            {
                continue;
            }

            var stated = context.Article.Slice(quantity.Span).ToString();
            context.ReportContradiction(quantity.Span, stated);
        }
    }

    /// <summary>A count of the countries whose observers came to Borisovsky: not invitations, not Russia's own tally.</summary>
    internal static bool IsObserverCountryCount(ArticleClaims claims, QuantityClaim quantity) =>
        claims.SentenceHas(quantity.Sentence, ObserverCues) && quantity.Counts(CountryNouns) // a bit test before the noun lookups
        && !claims.SentenceHas(quantity.Sentence, InvitationCues) && !IsRussianTally(claims, quantity);

    /// <summary>Russia's count for events on its own ground (55 countries), told of Russia or by Russia.</summary>
    private static bool IsRussianTally(ArticleClaims claims, QuantityClaim quantity) =>
        (claims.Mentions(quantity.Sentence, "russia") || claims.Mentions(quantity.Sentence, "mulino"))
        && !claims.Mentions(quantity.Sentence, "borisovsky")
        && quantity.Range.Contains(StoryFacts.RussianTallyCountries);
}
