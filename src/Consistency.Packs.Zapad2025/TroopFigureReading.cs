using Consistency.Claims;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025;

/// <summary>
/// Reading a Zapad-2025 troop figure from an article, shared by the rule that checks an attributed
/// figure against its party (ZAP007) and the rule that compares figures across sources (ZAP100).
/// </summary>
internal static class TroopFigureReading
{
    public static readonly WordSet Russians = new(["russians", "Russians"]);

    /// <summary>A count of troops (1,000 or more) in an article about Zapad, not one of a past edition the sentence names.</summary>
    public static bool IsCurrentTroopFigure(ArticleClaims claims, QuantityClaim quantity) =>
        quantity.Value >= 1_000 && TroopFigures.IsTroopFigure(claims, quantity) && claims.MentionsSeriesInArticle
        && !(claims.EditionSpokenOf(quantity.Sentence) is { } year && year != StoryFacts.CurrentEdition);

    /// <summary>
    /// "in Belarus"/"on Belarusian soil" or "in Russia" after the number, before the next number of
    /// its clause ("up to 30,000 in total, about 8,000 of them in Belarus": Belarus is the 8,000's).
    /// </summary>
    public static string? Where(ArticleClaims claims, QuantityClaim quantity)
    {
        var syntax = claims.Syntax;
        var sentence = syntax.Sentences[quantity.Sentence];
        var (_, end) = syntax.ClauseAround(sentence, quantity.EndToken - 1);
        var total = false;
        for (var t = quantity.EndToken; t < end; t++)
        {
            // "at about 30,000, with a separate force training in Russia": after a comma the place is another force's.
            if (syntax.Tokens[t].IsNumber || syntax.IsWord(t, "total") || syntax.IsPunctuation(t, ','))
            {
                total |= t == quantity.EndToken + 1 && syntax.IsWord(t, "total"); // "up to 30,000 in total"
                end = t;
            }
        }

        if (claims.MentionsIn(quantity.EndToken, end, "belarus"))
        {
            return "belarus";
        }

        if (claims.MentionsIn(quantity.EndToken, end, "russia") && !claims.HasAnyWord(quantity.EndToken, end, Russians))
        {
            return "russia";
        }

        return total ? null : PlaceBefore(claims, sentence, quantity);
    }

    private static readonly WordSet PlacePrepositions = new(["in", "inside", "within"]);

    /// <summary>
    /// "put the number in Belarus at about 30,000": a place after "in" between the number and the
    /// comma or number before it is the number's, when nothing after the number names one.
    /// </summary>
    private static string? PlaceBefore(ArticleClaims claims, Sentence sentence, QuantityClaim quantity)
    {
        var syntax = claims.Syntax;
        var (first, _) = syntax.ClauseAround(sentence, quantity.FirstToken);
        for (var t = quantity.FirstToken - 1; t > first; t--)
        {
            if (syntax.Tokens[t].IsNumber || syntax.IsPunctuation(t, ','))
            {
                break; // "Belarus said up to 7,000 in Belarus, Lithuania up to 30,000": the place is the other figure's
            }

            if (syntax.IsAnyWord(t - 1, PlacePrepositions))
            {
                if (claims.MentionsIn(t, t + 1, "belarus"))
                {
                    return "belarus";
                }

                if (claims.MentionsIn(t, t + 1, "russia"))
                {
                    return "russia";
                }
            }
        }

        return null;
    }
}
