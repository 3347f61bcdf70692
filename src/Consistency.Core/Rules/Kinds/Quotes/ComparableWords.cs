using Consistency.Text;

namespace Consistency.Rules.Kinds.Quotes;

/// <summary>
/// Reads the words of a quote, or of a known translation, into <see cref="ComparableWord"/>s.
/// Translations differ in contractions ("We'll" / "We will") and typography (’ / '); those must not
/// count as changes, while "can't" must surface the "not" it carries.
/// </summary>
public static class ComparableWords
{
    public static List<ComparableWord> Read(ArticleSyntax syntax, int first, int end)
    {
        var words = new List<ComparableWord>(end - first);
        var part = 0;
        for (var t = first; t < end; t++)
        {
            var kind = syntax.Tokens[t].Kind;
            if (kind is TokenKind.Terminal or TokenKind.Dash || syntax.IsPunctuation(t, ',') || syntax.IsPunctuation(t, ';') || syntax.IsPunctuation(t, ':'))
            {
                part++;
                continue;
            }

            if (kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            var word = syntax.CleanTextOf(t).Replace('\u2019', '\'').Replace('\u02BC', '\'').ToLowerInvariant();
            foreach (var piece in Expand(word))
            {
                words.Add(new ComparableWord(piece, t, part));
            }
        }

        return words;
    }

    /// <summary>Every word of a whole text (a known translation), read as the articles are.</summary>
    public static List<ComparableWord> Read(string text)
    {
        var syntax = ArticleSyntax.Parse(new Article("translation", text));
        return Read(syntax, 0, syntax.Tokens.Count);
    }

    /// <summary>"we'll" → we, will; "can't" → can, not; "cannot" → can, not; other words as they are.</summary>
    private static string[] Expand(string word)
    {
        if (word == "cannot")
        {
            return ["can", "not"];
        }

        if (word.EndsWith("n't", StringComparison.Ordinal) && word.Length > 3)
        {
            var stem = word[..^3] switch
            {
                "ca" => "can",
                "wo" => "will",
                "sha" => "shall",
                var other => other,
            };
            return [stem, "not"];
        }

        foreach (var (suffix, full) in Contractions)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length > suffix.Length)
            {
                return [word[..^suffix.Length], full];
            }
        }

        return [word];
    }

    private static readonly (string Suffix, string Full)[] Contractions =
    [
        ("'ll", "will"), ("'re", "are"), ("'ve", "have"), ("'m", "am"), ("'d", "would"),
    ];
}
