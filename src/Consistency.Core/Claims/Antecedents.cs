using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Whom a "he" or "she" stands for. Quotes ("He told them: …") and titles ("He is Poland's foreign
/// minister.") both need it, and both must refuse to guess: words given to the wrong one of two
/// people are worse than words given to no one.
/// </summary>
public static class Antecedents
{
    /// <summary>Pronouns that stand for one person: "he told them", "his words".</summary>
    private static readonly WordSet PersonalPronouns = new(["he", "she", "his", "her", "He", "She", "His", "Her"]);

    /// <summary>
    /// "Defence Minister Viktor Khrenin greeted the guests. He told them: “…”": a "he" or "she"
    /// stands for the one person named before it (before <paramref name="end"/>) in its sentence,
    /// or else in the sentence before it in the same paragraph. Two people named there, or none,
    /// give null.
    /// </summary>
    public static EntityMention? PersonMeantBy(ArticleClaims claims, int pronoun, int end)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var syntax = claims.Syntax;
        if (!syntax.IsAnyWord(pronoun, PersonalPronouns))
        {
            return null;
        }

        var sentence = syntax.SentenceOf(pronoun);
        var own = OnlyPerson(claims, syntax.Sentences[sentence].FirstToken, Math.Min(pronoun, end), out var ambiguous);
        if (own is not null || ambiguous || sentence == 0 || syntax.Sentences[sentence - 1].Paragraph != syntax.Sentences[sentence].Paragraph)
        {
            return own;
        }

        var before = syntax.Sentences[sentence - 1];
        return OnlyPerson(claims, before.FirstToken, before.EndToken, out _);
    }

    /// <summary>The one person named in [first, end), or null when none or several are.</summary>
    private static EntityMention? OnlyPerson(ArticleClaims claims, int first, int end, out bool ambiguous)
    {
        EntityMention? person = null;
        ambiguous = false;
        foreach (var mention in claims.EntitiesBetween(first, end))
        {
            if (claims.Lexicon.KindOf(mention.EntityId) != "person" || person?.EntityId == mention.EntityId)
            {
                continue;
            }

            // "Khrenin's aide greeted them. He said …": the one named owns, he does not speak.
            if (person is not null || IsPossessive(claims.Syntax.TextOf(mention.EndToken - 1)))
            {
                ambiguous = true;
                return null;
            }

            person = mention;
        }

        return person;
    }

    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word[^1] is 's' or 'S') && CharClass.IsApostrophe(word[^2]);
}
