using System.Globalization;
using Consistency.Claims;
using Consistency.Rules.Corpus;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025;

/// <summary>
/// What an article says of the story's compared facts, as corpus rules record it: one reading per
/// fact, shared by the rules that compare it (ZAP100 the troop figures against attributed counts,
/// ZAP102 every fact's stated values against each other), so two rules never read one figure two ways.
/// </summary>
internal static class FactObservations
{
    /// <summary>The matrix's row for the Zapad-2025 troop figures.</summary>
    public const string TroopsFact = "Zapad-2025 troops";

    /// <summary>The matrix's row for the count of countries whose observers were at Borisovsky.</summary>
    public const string ObserverCountriesFact = "Observer countries at Borisovsky";

    /// <summary>
    /// Records the article's counts of the observers' countries, read as ZAP004 reads them (a plain
    /// count of countries in a sentence about observers; invitations and Russia's own tally for Mulino
    /// are other counts). Held to the fact's own rounding, or to the band a hedge allows ("nearly two dozen").
    /// </summary>
    public static void RecordObserverCountries(ObservationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        var fact = ZapadFigures.ObserverCountries;
        foreach (var quantity in claims.Quantities)
        {
            if (!QuantityRule.IsPlainCountOf(claims, quantity, fact))
            {
                continue;
            }

            var attribution = claims.AttributionFor(quantity);
            var range = quantity.Range;
            var band = quantity.Value == 0 ? 0 : Math.Max(quantity.Value - range.Min, range.Max - quantity.Value) / quantity.Value;
            context.Record(new Observation(ObserverCountriesFact, quantity.Value.ToString("N0", CultureInfo.InvariantCulture), quantity.Value, quantity.Span)
            {
                Source = attribution?.Party,
                Party = attribution?.EntityId,
                Tolerance = Math.Max(fact.Tolerance, band),
            });
        }
    }

    /// <summary>
    /// Records the article's Zapad-2025 troop figures with who gave each (the sentence's attribution,
    /// carried from the statement it goes on with, or the party that gave this very figure) and where
    /// they count; figures of past editions and shares of another count are left out.
    /// </summary>
    public static void RecordTroopFigures(ObservationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        foreach (var quantity in claims.Quantities)
        {
            if (!TroopFigureReading.IsCurrentTroopFigure(claims, quantity) || NamesAnotherYear(claims, quantity) || IsPartOfCountBefore(claims, quantity))
            {
                continue;
            }

            var where = TroopFigureReading.Where(claims, quantity);
            var attribution = claims.AttributionFor(quantity);
            var giver = attribution is null ? PartyGivingThisFigure(claims, quantity) : null;
            context.Record(new Observation(TroopsFact, quantity.Value.ToString("N0", CultureInfo.InvariantCulture), quantity.Value, quantity.Span)
            {
                Source = attribution?.Party ?? (giver is null ? null : Wording.Name(giver)),
                Party = giver ?? claims.PartyOf(quantity),
                Qualifier = where is null ? null : $"in {Wording.Name(where)}",
            });
        }
    }

    /// <summary>
    /// A party named before the figure in its sentence (or attributed in the sentence before, on the
    /// same line) that gave this very figure, by the story's table: "Belarus notified the OSCE of about
    /// 6,850", "Minsk had planned for about 13,000" report Belarus's own counts, not the article's,
    /// though no "said" attributes them.
    /// </summary>
    private static string? PartyGivingThisFigure(ArticleClaims claims, QuantityClaim quantity)
    {
        var sentences = claims.Syntax.Sentences;
        var sentence = sentences[quantity.Sentence];

        // "About 6,850 servicemen were notified": only Belarus notifies the OSCE of its drills.
        if (claims.HasAnyWord(sentence.FirstToken, sentence.EndToken, NotificationWords) && Gave("belarus", quantity))
        {
            return "belarus";
        }

        foreach (var mention in claims.EntitiesBetween(sentence.FirstToken, quantity.FirstToken))
        {
            var party = TroopFigures.PartyOf(mention.EntityId);
            if (Gave(party, quantity))
            {
                return party;
            }
        }

        // "Lithuania now says … 30,000 troops in total. Only 8,000 are in Belarus, including 2,000
        // Russians.": the sentence after an attributed one, on the same line, goes on with that
        // party's figures when they are that party's by the story's table.
        if (quantity.Sentence > 0 && sentences[quantity.Sentence - 1].Paragraph == sentence.Paragraph)
        {
            foreach (var attribution in ArticleClaims.InSentence(claims.Attributions, quantity.Sentence - 1))
            {
                if (attribution.EntityId is { } id && TroopFigures.PartyOf(id) is var party && Gave(party, quantity))
                {
                    return party;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Only 8,000 are in Belarus, including 2,000 Russians": a share of the count before it, not the
    /// drills' size, so neither a figure to compare nor one to name as another party's count.
    /// </summary>
    private static bool IsPartOfCountBefore(ArticleClaims claims, QuantityClaim quantity) =>
        quantity.FirstToken > 0 && claims.Syntax.IsAnyWord(quantity.FirstToken - 1, PartWords);

    private static readonly Consistency.Text.WordSet PartWords = new(["including", "includes", "incl"]);

    private static readonly Consistency.Text.WordSet NotificationWords = new(["notified", "notification", "notifying", "OSCE"]);

    private static bool Gave(string party, QuantityClaim quantity) =>
        TroopFigures.All.Any(f => f.Party == party && Math.Abs(quantity.Value - f.Value) <= f.Value * Observation.DefaultTolerance);

    /// <summary>The sentence names a year other than the current edition's ("the Soviet Zapad-81 of 1981 involved about 150,000").</summary>
    private static bool NamesAnotherYear(ArticleClaims claims, QuantityClaim quantity) =>
        ArticleClaims.InSentence(claims.Years, quantity.Sentence).Any(y => y.Year != StoryFacts.CurrentEdition)
        || ArticleClaims.InSentence(claims.Editions, quantity.Sentence).Any(e => e.Year != StoryFacts.CurrentEdition)
        || PastEditions.Any(fact => QuantityRule.IsPlainCountOf(claims, quantity, fact)) // "the Soviet Zapad-81 involved about 150,000"
        || SovietEditions.IsIn(claims, claims.Syntax.Sentences[quantity.Sentence].FirstToken, claims.Syntax.Sentences[quantity.Sentence].EndToken); // "…Zapad-99 and, further back, the Soviet Zapad-81, with about 150,000 troops"

    /// <summary>The editions before the joint series, named without a four-digit year.</summary>
    private static readonly Cue SovietEditions = Cue.Any("Zapad-81", "Zapad-99").OrNumber("1981", "81", "1999", "99");

    /// <summary>Past editions' troop counts as the story model reads them: a figure one of them counts is not Zapad-2025's.</summary>
    private static readonly QuantityFact[] PastEditions =
        [ZapadFigures.Zapad81Troops, ZapadFigures.Zapad2021Troops, ZapadFigures.Zapad2017Troops, ZapadFigures.Zapad2013Troops];

    /// <summary>
    /// Whether the story records this value for the fact: a party's troop count (Belarus's 7,000,
    /// Lithuania's 30,000, Putin's 100,000) or the observers' 23 countries, within the value's
    /// tolerance. Such a value stated without its source is one party's count taken silently
    /// (ZAP100's finding), not a value no source gave.
    /// </summary>
    public static bool StoryKnows(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (observation.Amount is not { } amount)
        {
            return false;
        }

        return observation.Fact switch
        {
            TroopsFact => TroopFigures.All.Any(f => Near(amount, f.Value, observation.Tolerance)),
            ObserverCountriesFact => ZapadFigures.ObserverCountries.Figures.Any(f => Near(amount, f.Value, observation.Tolerance)),
            _ => false,
        };
    }

    private static bool Near(decimal amount, decimal known, decimal tolerance) => Math.Abs(amount - known) <= Math.Max(amount, known) * tolerance;

}
