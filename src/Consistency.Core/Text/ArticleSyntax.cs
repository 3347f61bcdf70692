using Microsoft.CodeAnalysis.Text;

namespace Consistency.Text;

/// <summary>
/// An article read into tokens and sentences once, shared by the claims readers and every rule.
/// Comparisons go through here so that case, curly apostrophes and invisible characters are
/// handled in one place.
/// </summary>
public sealed class ArticleSyntax
{
    private ArticleSyntax(Article article, Token[] tokens, Sentence[] sentences)
    {
        Article = article;
        Tokens = tokens;
        Sentences = sentences;
    }

    public Article Article { get; }

    public string Text => Article.Text;

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public static ArticleSyntax Parse(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tokens = Tokenizer.Tokenize(article.Text);
        var sentences = SentenceSegmenter.Segment(article.Text, tokens);
        return new ArticleSyntax(article, tokens, sentences);
    }

    public ReadOnlySpan<char> TextOf(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

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
    public bool IsWord(int token, string word)
    {
        if ((uint)token >= (uint)Tokens.Count || Tokens[token].Kind != TokenKind.Word)
        {
            return false;
        }

        var t = Tokens[token];
        if (!t.Has(TokenFlags.HasIgnorable) && t.Length != word.Length)
        {
            return false;
        }

        return WordComparer.Equal(t.Has(TokenFlags.HasIgnorable) ? CleanTextOf(token) : TextOf(token), word);
    }

    public bool IsAnyWord(int token, ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (IsWord(token, word))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsPunctuation(int token, char c) =>
        (uint)token < (uint)Tokens.Count && Tokens[token].Length == 1 && Text[Tokens[token].Start] == c
        && Tokens[token].Kind is TokenKind.Punctuation or TokenKind.Terminal or TokenKind.Hyphen;

    public TextSpan SpanOf(int firstToken, int endToken) =>
        TextSpan.FromBounds(Tokens[firstToken].Start, Tokens[endToken - 1].End);

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
