using Consistency.Claims;
using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>About 200,000 troops is the figure Russia claimed for Zapad-2021, not for any other edition.</summary>
/// <remarks>
/// Flags 200,000 given as the size of Zapad-2025 or of another named edition:
/// "Zapad-2025 brought together [|200,000 troops|]", "Zapad-2017 mobilised [|200,000|] soldiers".
/// Accepts it for 2021 ("the 2021 Zapad exercises, which had featured nearly 200,000 personnel",
/// "That exercise mobilized 200,000 troops" after Zapad-2021 is named) and in comparisons
/// ("fewer than the 200,000 of four years ago"). A comparison with an edition in the wrong year
/// is ZAP002's finding. Russia's figure given to Belarus is ZAP035's finding.
/// </remarks>
public sealed class ZAP006TwoHundredThousandWasZapad2021 : Rule
{
    private static readonly WordSet ComparisonWords = new(["than", "compared", "versus", "vs", "from"]);

    private static readonly WordSet CurrentEditionWords = new(["this", "now", "current", "currently", "ongoing", "under"]);

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.TwoHundredThousandWasZapad2021,
        "200,000 troops was Zapad-2021's claimed size",
        "About 200,000 troops is the size Russia claimed for Zapad-2021, not for {0}",
        RuleCategories.Figures,
        Severity.Error,
        "Russia's Defence Ministry put Zapad-2021 at about 200,000 troops; Zapad-2025 was far smaller (Belarus: up to 7,000 in Belarus; Putin: 100,000 across the exercise).",
        [Evidence.TassZapad2021Size, Evidence.Azatutyun2021],
        ["Zapad-2025 brought together 200,000 troops", "Zapad-2017 mobilised 200,000 soldiers", "this year's 200,000 participants"],
        ["the 2021 Zapad exercises, which had featured nearly 200,000 personnel", "fewer than the 200,000 of four years ago", "Zapad-2021 … That exercise mobilized 200,000 troops"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        foreach (var quantity in claims.Quantities)
        {
            if (!quantity.Range.Contains(200_000) || quantity.Value < 150_000 || !IsTroopCount(quantity))
            {
                continue;
            }

            var wrongEdition = EditionItIsGivenFor(claims, quantity);
            if (wrongEdition is not null)
            {
                context.ReportContradiction(quantity.Span, wrongEdition);
            }

        }
    }

    private static bool IsTroopCount(QuantityClaim quantity) => quantity.NounPhrase.Count == 0 || quantity.Counts(TroopFigures.TroopNouns);

    /// <summary>The edition the figure is wrongly given for ("Zapad-2025", "Zapad-2017"), or null when it is 2021's or a comparison.</summary>
    private static string? EditionItIsGivenFor(ArticleClaims claims, QuantityClaim quantity)
    {
        var syntax = claims.Syntax;
        var sentence = syntax.Sentences[quantity.Sentence];
        if (claims.HasAnyWord(Math.Max(sentence.FirstToken, quantity.FirstToken - 6), quantity.FirstToken, ComparisonWords))
        {
            return null;
        }

        var editions = ArticleClaims.InSentence(claims.Editions, quantity.Sentence).ToList();
        if (editions.Exists(e => e.Year == StoryFacts.PreviousEdition) || editions.Exists(e => e.Relation != EditionRelation.Named))
        {
            return null;
        }

        var other = editions.Find(e => e.Year != StoryFacts.CurrentEdition && StoryFacts.EditionYears.Contains(e.Year));
        if (other is not null)
        {
            return $"Zapad-{other.Year}";
        }

        var current = editions.Exists(e => e.Year == StoryFacts.CurrentEdition)
            || claims.HasAnyWord(sentence.FirstToken, quantity.FirstToken, CurrentEditionWords);
        if (!current || !claims.IsAboutZapad(quantity.Sentence))
        {
            return null;
        }

        // "That exercise mobilized 200,000 troops" right after a sentence about Zapad-2021 speaks of 2021.
        var previous = quantity.Sentence > 0 ? ArticleClaims.InSentence(claims.Editions, quantity.Sentence - 1).ToList() : [];
        return previous.Exists(e => e.Year == StoryFacts.PreviousEdition) && !editions.Exists(e => e.Year == StoryFacts.CurrentEdition) ? null : "Zapad-2025";
    }
}
