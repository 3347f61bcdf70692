using Consistency.Text;

namespace Consistency.Claims;

/// <summary>Reads the hedge in front of a number: "nearly", "up to", "more than", "an estimated".</summary>
internal static class QualifierReader
{
    private static readonly (string[] Words, Qualifier Qualifier)[] Phrases =
    [
        (["as", "many", "as"], Qualifier.AtMost),
        (["just", "under"], Qualifier.Nearly),
        (["just", "over"], Qualifier.MoreThan),
        (["close", "to"], Qualifier.Nearly),
        (["up", "to"], Qualifier.AtMost),
        (["at", "most"], Qualifier.AtMost),
        (["no", "more", "than"], Qualifier.AtMost),
        (["at", "least"], Qualifier.AtLeast),
        (["more", "than"], Qualifier.MoreThan),
        (["upwards", "of"], Qualifier.MoreThan),
        (["fewer", "than"], Qualifier.LessThan),
        (["less", "than"], Qualifier.LessThan),
        (["an", "estimated"], Qualifier.Approximately),
        (["nearly"], Qualifier.Nearly),
        (["almost"], Qualifier.Nearly),
        (["about"], Qualifier.Approximately),
        (["around"], Qualifier.Approximately),
        (["roughly"], Qualifier.Approximately),
        (["approximately"], Qualifier.Approximately),
        (["some"], Qualifier.Approximately),
        (["estimated"], Qualifier.Approximately),
        (["over"], Qualifier.MoreThan),
        (["under"], Qualifier.LessThan),
    ];

    /// <summary>The last word of every phrase: a number after any other word has no hedge but "~".</summary>
    private static readonly WordSet LastWords = new(Array.ConvertAll(Phrases, p => p.Words[^1]));

    /// <summary>The hedge ending just before <paramref name="number"/>, and the token where it starts.</summary>
    public static (Qualifier Qualifier, int First) Before(ArticleSyntax syntax, int number, int sentenceStart)
    {
        var hedged = number - 1 >= sentenceStart && syntax.IsAnyWord(number - 1, LastWords);
        foreach (var (words, qualifier) in hedged ? Phrases : [])
        {
            var first = number - words.Length;
            if (first < sentenceStart)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < words.Length && matches; k++)
            {
                matches = syntax.IsWord(first + k, words[k]);
            }

            if (matches)
            {
                return (qualifier, first);
            }
        }

        if (number - 1 >= sentenceStart && syntax.IsPunctuation(number - 1, '~'))
        {
            return (Qualifier.Approximately, number - 1);
        }

        return (Qualifier.Exact, number);
    }
}
