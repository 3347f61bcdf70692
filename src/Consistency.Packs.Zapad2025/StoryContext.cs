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

    /// <summary>True when the sentence attributes its statement to any party.</summary>
    public static bool IsAttributed(this ArticleClaims claims, int sentence) => claims.AttributionOf(sentence) is not null;

    /// <summary>True when the sentence's statement comes from Belarus's side (its ministry, state media, Lukashenko, Khrenin).</summary>
    public static bool IsBelarusianSource(AttributionClaim attribution) =>
        attribution.EntityId is "belarus" or "belta" or "khrenin" or "lukashenko" or "revenko" or "muraveiko" or "minsk";
}
