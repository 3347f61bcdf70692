using Consistency.Claims;

namespace Consistency.Packs.Zapad2025;

/// <summary>Questions several rules ask of a sentence: is it about Zapad, who is it attributed to.</summary>
internal static class StoryContext
{
    /// <summary>
    /// The sentence names Zapad, or speaks of "the drills"/"the exercise" right after a sentence
    /// that does; and it does not name another exercise ("Union Resolve").
    /// </summary>
    public static bool IsAboutZapad(this ArticleClaims claims, int sentence)
    {
        if (claims.MentionsSeries(sentence))
        {
            return true;
        }

        var s = claims.Syntax.Sentences[sentence];
        var hasEditionNoun = false;
        for (var t = s.FirstToken; t < s.EndToken; t++)
        {
            if (claims.IsEditionNoun(t))
            {
                hasEditionNoun = true;
                if (t > s.FirstToken && claims.Syntax.Tokens[t - 1].Has(Text.TokenFlags.Capitalized) && t - 1 != s.FirstToken)
                {
                    return false; // "Union Resolve exercises", "Allied Resolve drills"
                }
            }
        }

        return hasEditionNoun && ((sentence >= 1 && claims.MentionsSeries(sentence - 1)) || (sentence >= 2 && claims.MentionsSeries(sentence - 2)));
    }

    /// <summary>
    /// A claim at <paramref name="offset"/> speaks of Zapad: its sentence is about Zapad and its own
    /// clause names Zapad or the drills ("NATO meets every year, while Zapad comes round every four
    /// years": only the second cadence is Zapad's). A sentence opening with "It"/"They" right after
    /// one that names Zapad speaks of it too.
    /// </summary>
    public static bool IsAboutZapadAt(this ArticleClaims claims, int sentence, int offset)
    {
        if (!claims.IsAboutZapad(sentence))
        {
            return false;
        }

        var syntax = claims.Syntax;
        var s = syntax.Sentences[sentence];
        var at = syntax.TokenAt(offset);
        var (first, end) = ClauseAround(syntax, s, at);
        for (var t = first; t < end; t++)
        {
            if (claims.IsSeriesName(t) || claims.IsEditionNoun(t))
            {
                return true;
            }
        }

        return sentence > 0 && claims.MentionsSeries(sentence - 1) && syntax.IsAnyWord(s.FirstToken, ["It", "They"]);
    }

    private static readonly string[] ClauseWords = ["while", "whereas", "but", "although", "though", "unlike"];

    /// <summary>The clause holding a token: bounded by semicolons, dashes and contrastive conjunctions.</summary>
    private static (int First, int End) ClauseAround(Text.ArticleSyntax syntax, Text.Sentence s, int at)
    {
        bool IsBoundary(int t) =>
            syntax.Tokens[t].Kind == Text.TokenKind.Dash || syntax.IsPunctuation(t, ';') || syntax.IsAnyWord(t, ClauseWords);

        var first = at;
        while (first > s.FirstToken && !IsBoundary(first - 1))
        {
            first--;
        }

        var end = at;
        while (end < s.EndToken && !IsBoundary(end))
        {
            end++;
        }

        return (first, end);
    }

    /// <summary>True when the sentence attributes its statement to any party.</summary>
    public static bool IsAttributed(this ArticleClaims claims, int sentence) => claims.AttributionOf(sentence) is not null;

    /// <summary>True when the sentence's statement comes from Belarus's side (its ministry, state media, Lukashenko, Khrenin).</summary>
    public static bool IsBelarusianSource(AttributionClaim attribution) =>
        attribution.EntityId is "belarus" or "belta" or "khrenin" or "lukashenko" or "revenko" or "muraveiko" or "minsk";
}
