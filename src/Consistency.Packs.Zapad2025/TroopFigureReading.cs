using Consistency.Claims;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025;

/// <summary>
/// Reading a Zapad-2025 troop figure from an article, shared by the rule that checks an attributed
/// figure against its party (ZAP007) and the rule that compares figures across sources (ZAP100).
/// </summary>
internal static class TroopFigureReading
{
    private static readonly WordSet Russians = new(["russians"]);

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
        for (var t = quantity.EndToken; t < end; t++)
        {
            if (syntax.Tokens[t].IsNumber || syntax.IsWord(t, "total"))
            {
                end = t;
            }
        }

        if (claims.MentionsIn(quantity.EndToken, end, "belarus"))
        {
            return "belarus";
        }

        return claims.MentionsIn(quantity.EndToken, end, "russia") && !claims.HasAnyWord(quantity.EndToken, end, Russians) ? "russia" : null;
    }
}
