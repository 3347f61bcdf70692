using Consistency.Claims;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025;

/// <summary>Questions several rules ask of a sentence: is it about Zapad, who is it attributed to.</summary>
internal static class StoryContext
{
    private static readonly WordSet SeriesPronouns = new(["It", "They"]);

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
                if (t > s.FirstToken && claims.Syntax.Tokens[t - 1].Has(Text.TokenFlags.Capitalized) && t - 1 != s.FirstToken
                    && !ArticleClaims.InSentence(claims.Entities, sentence).Any(e => e.FirstToken <= t - 1 && e.EndToken > t - 1))
                {
                    return false; // "Union Resolve exercises", "Allied Resolve drills"
                }
            }
        }

        return hasEditionNoun && ((sentence >= 1 && claims.MentionsSeries(sentence - 1)) || (sentence >= 2 && claims.MentionsSeries(sentence - 2)));
    }

    /// <summary>
    /// Looser than <see cref="IsAboutZapad"/>: also a sentence about "the drills" anywhere in an
    /// article that names Zapad (newsletters name it once, bullets later speak of "the drills").
    /// For facts about the drills' people, places and size, not for cadences.
    /// </summary>
    public static bool IsAboutTheDrills(this ArticleClaims claims, int sentence) =>
        // The engine's IsAboutSeries already asks "an edition noun in an article about the series";
        // the article must name Zapad itself, not only hold an edition claim.
        claims.IsAboutZapad(sentence) || (claims.IsAboutSeries(sentence) && claims.MentionsSeriesInArticle);

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
        var (first, end) = syntax.ClauseAround(s, at);
        for (var t = first; t < end; t++)
        {
            if (claims.IsSeriesName(t) || claims.IsEditionNoun(t))
            {
                return true;
            }
        }

        return sentence > 0 && claims.MentionsSeries(sentence - 1) && syntax.IsAnyWord(s.FirstToken, SeriesPronouns);
    }

    /// <summary>Whether any token of the sentence is one of the words.</summary>
    public static bool SentenceHas(this ArticleClaims claims, int sentence, WordSet words) => claims.Syntax.SentenceHas(sentence, words);

    /// <summary>Entity mentions of the given IDs within [first, end).</summary>
    public static bool MentionsIn(this ArticleClaims claims, int first, int end, string entityId) =>
        claims.EntitiesBetween(first, end).Any(e => e.EntityId == entityId);

    /// <summary>The party a sentence's statement comes from, as the story's figure tables name it, or null.</summary>
    public static string? PartyOf(this ArticleClaims claims, Claim claim) =>
        claims.AttributionFor(claim) is { EntityId: { } id } ? TroopFigures.PartyOf(id) : null;

    /// <summary>
    /// The year of the Zapad edition a sentence speaks of: one it names, or else one the sentence
    /// before it in the same paragraph names ("Zapad-2021 … Russia said about 200,000 took part").
    /// </summary>
    public static int? EditionSpokenOf(this ArticleClaims claims, int sentence)
    {
        var own = ArticleClaims.InSentence(claims.Editions, sentence).LastOrDefault();
        if (own is not null)
        {
            return own.Year;
        }

        var sentences = claims.Syntax.Sentences;
        if (sentence > 0 && sentences[sentence - 1].Paragraph == sentences[sentence].Paragraph)
        {
            return ArticleClaims.InSentence(claims.Editions, sentence - 1).LastOrDefault()?.Year;
        }

        // "That exercise mobilized 200,000 troops": the edition named last, a few sentences back.
        for (var back = sentence - 1; PointsBack(claims.Syntax, sentences[sentence].FirstToken) && back >= 0 && sentence - back <= LookBack; back--)
        {
            if (ArticleClaims.InSentence(claims.Editions, back).LastOrDefault() is { } named)
            {
                return named.Year;
            }
        }

        return null;
    }

    /// <summary>How many sentences back "that exercise" may find the edition it points to.</summary>
    private const int LookBack = 4;

    private static readonly WordSet Demonstratives = new(["That", "Those"]);

    private static readonly WordSet ExerciseNouns = new(["exercise", "exercises", "edition", "drill", "drills", "one", "year"]);

    /// <summary>"That exercise …", "Those drills …": a sentence pointing back to an exercise named before it.</summary>
    private static bool PointsBack(Consistency.Text.ArticleSyntax syntax, int first) =>
        syntax.IsAnyWord(first, Demonstratives) && syntax.IsAnyWord(first + 1, ExerciseNouns);

    /// <summary>Words that mark people watching the drills.</summary>
    public static readonly WordSet ObserverWords = new([
        "observer", "observers", "delegation", "delegations", "representative", "representatives", "attaché", "attachés",
        "attache", "attaches",
    ]);

    /// <summary>Belarus's side: its ministry, state media, Lukashenko, Khrenin and his officers.</summary>
    public static readonly IReadOnlyList<string> BelarusianVoices = ["belarus", "belta", "khrenin", "lukashenko", "revenko", "muraveiko", "minsk"];

    /// <summary>True when the sentence's statement comes from Belarus's side.</summary>
    public static bool IsBelarusianSource(AttributionClaim attribution) => attribution.EntityId is { } id && BelarusianVoices.Contains(id);
}
