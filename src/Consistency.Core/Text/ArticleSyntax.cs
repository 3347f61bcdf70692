using Microsoft.CodeAnalysis.Text;

namespace Consistency.Text;

/// <summary>
/// An article read into tokens and sentences once, shared by the claims readers and every rule.
/// Comparisons go through here so that case, curly apostrophes and invisible characters are
/// handled in one place.
/// </summary>
public sealed class ArticleSyntax
{
    /// <summary>The tokenizer's buffer; only the first <see cref="_count"/> are tokens (no copy to an exact array).</summary>
    private readonly Token[] _tokens;
    private readonly int _count;

    private ArticleSyntax(Article article, Token[] tokens, int count, Sentence[] sentences)
    {
        Article = article;
        _tokens = tokens;
        _count = count;
        Tokens = new ReadOnlyArray<Token>(tokens, count);
        Sentences = new ReadOnlyArray<Sentence>(sentences);
    }

    public Article Article { get; }

    public string Text => Article.Text;

    public ReadOnlyArray<Token> Tokens { get; }

    public ReadOnlyArray<Sentence> Sentences { get; }

    public static ArticleSyntax Parse(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tokens = Tokenizer.Tokenize(article.Text, out var count);
        var sentences = SentenceSegmenter.Segment(article.Text, tokens.AsSpan(0, count));
        return new ArticleSyntax(article, tokens, count, sentences);
    }

    public ReadOnlySpan<char> TextOf(int token) => Text.AsSpan(_tokens[token].Start, _tokens[token].Length);

    /// <summary>The token's text without invisible characters, for the rare token that holds any.</summary>
    public string CleanTextOf(int token)
    {
        var raw = TextOf(token);
        if (!Tokens[token].Has(TokenFlags.HasIgnorable))
        {
            return raw.ToString();
        }

        var clean = new System.Text.StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (!CharClass.IsIgnorable(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>Whether the token is the word, ignoring case, curly versus straight apostrophes and invisible characters.</summary>
    /// <remarks>
    /// The claims readers ask this of nearly every token, for lists of cue words, so it rejects on
    /// kind and length before comparing any character.
    /// </remarks>
    public bool IsWord(int token, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if ((uint)token >= (uint)_count)
        {
            return false;
        }

        ref readonly var t = ref _tokens[token];
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        if ((t.Flags & TokenFlags.HasIgnorable) != 0)
        {
            return WordComparer.Equal(CleanTextOf(token), word);
        }

        return t.Length == word.Length && WordComparer.Equal(Text.AsSpan(t.Start, t.Length), word);
    }

    /// <summary>Whether the token is any of the words (as <see cref="IsWord"/>).</summary>
    /// <remarks>
    /// Readers ask this of every token with lists of up to fifty cue words, so the token is fetched
    /// once and each word is first compared by length and first letter, which rejects almost all of them.
    /// </remarks>
    public bool IsAnyWord(int token, ReadOnlySpan<string> words)
    {
        if ((uint)token >= (uint)_count)
        {
            return false;
        }

        ref readonly var t = ref _tokens[token];
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        if ((t.Flags & TokenFlags.HasIgnorable) != 0)
        {
            return ContainsWord(CleanTextOf(token), words);
        }

        var text = Text.AsSpan(t.Start, t.Length);
        var first = text[0];
        foreach (var word in words)
        {
            if (word.Length == text.Length && MayStartAlike(first, word[0]) && WordComparer.Equal(text, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token is any word of the set (as <see cref="IsWord"/>); the fast form for cue lists asked of every token.</summary>
    public bool IsAnyWord(int token, WordSet words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if ((uint)token >= (uint)_count)
        {
            return false;
        }

        ref readonly var t = ref _tokens[token];
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        return (t.Flags & TokenFlags.HasIgnorable) != 0 ? words.Contains(CleanTextOf(token)) : words.Contains(Text.AsSpan(t.Start, t.Length));
    }

    /// <summary>
    /// False only when two ASCII first characters cannot be the same letter in any case; anything
    /// non-ASCII (curly apostrophes, letters that upper-case to ASCII) is left to <see cref="WordComparer"/>.
    /// </summary>
    private static bool MayStartAlike(char a, char b) => (a | b) >= 0x80 || (a | 0x20) == (b | 0x20);

    private static bool ContainsWord(ReadOnlySpan<char> text, ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (WordComparer.Equal(text, word))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsPunctuation(int token, char c) =>
        (uint)token < (uint)_count && _tokens[token].Length == 1 && Text[_tokens[token].Start] == c
        && _tokens[token].Kind is TokenKind.Punctuation or TokenKind.Terminal or TokenKind.Hyphen;

    public TextSpan SpanOf(int firstToken, int endToken) =>
        TextSpan.FromBounds(_tokens[firstToken].Start, _tokens[endToken - 1].End);

    /// <summary>The first token that ends after <paramref name="offset"/> (binary search).</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The sentence holding a token (binary search over sentence starts).</summary>
    public int SentenceOf(int token)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (token < s.FirstToken)
            {
                hi = mid - 1;
            }
            else if (token >= s.EndToken)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return Math.Max(0, Math.Min(lo, Sentences.Count - 1));
    }

    public string SentenceText(int sentence) => Text.Substring(Sentences[sentence].Span.Start, Sentences[sentence].Span.Length);
}
