using Microsoft.CodeAnalysis.Text;

namespace Consistency.Text;

/// <summary>
/// An article read into tokens and sentences once, shared by the claims readers and every rule.
/// Comparisons go through here so that case, curly apostrophes and invisible characters are
/// handled in one place.
/// </summary>
public sealed class ArticleSyntax
{
    // Arrays, not the interfaces below, on the hot paths: every claim reader asks these for every token.
    // The token array is the tokenizer's buffer: only the first _count are tokens (no copy to an exact array).
    private readonly Token[] _tokens;
    private readonly int _count;
    private readonly Sentence[] _sentences;

    /// <summary>A set of more words than this is found by a pass over the tokens, not through the word index.</summary>
    private const int MaxIndexedWords = 32;

    /// <summary>How many vocabulary words the tokens were stamped against: a set with a later word is looked up by text.</summary>
    private readonly int _vocabularyCount;

    private ArticleSyntax(Article article, Token[] tokens, int count, Sentence[] sentences, int vocabularyCount)
    {
        Article = article;
        _vocabularyCount = vocabularyCount;
        _tokens = tokens;
        _count = count;
        _sentences = sentences;
        Tokens = new ReadOnlyArray<Token>(tokens, count);
        Sentences = new ReadOnlyArray<Sentence>(sentences);
    }

    public Article Article { get; }

    /// <summary>
    /// The array the tokens are held in, for the next article once nothing will read this one
    /// again: only the analyzer, which sees an article through from tokens to placed findings,
    /// hands it on (<see cref="TokenBuffer"/>).
    /// </summary>
    internal Token[] TokenArray => _tokens;

    public string Text => Article.Text;

    /// <summary>The tokens; a sealed class, so indexing and <c>foreach</c> cost no interface call or enumerator.</summary>
    public ReadOnlyArray<Token> Tokens { get; }

    public ReadOnlyArray<Sentence> Sentences { get; }

    public static ArticleSyntax Parse(Article article) => Parse(article, buffer: null);

    /// <summary>Reads the article into tokens held in <paramref name="buffer"/> if it is large enough (see <see cref="TokenBuffer"/>).</summary>
    internal static ArticleSyntax Parse(Article article, Token[]? buffer)
    {
        ArgumentNullException.ThrowIfNull(article);
        var vocabulary = Vocabulary.Current;
        var tokens = Tokenizer.Tokenize(article.Text, vocabulary, out var count, buffer);
        var sentences = SentenceSegmenter.Segment(article.Text, tokens.AsSpan(0, count));
        return new ArticleSyntax(article, tokens, count, sentences, vocabulary.Count);
    }

    public ReadOnlySpan<char> TextOf(int token) => Text.AsSpan(_tokens[token].Start, _tokens[token].Length);

    /// <summary>The token's text without invisible characters, for the rare token that holds any.</summary>
    public string CleanTextOf(int token)
    {
        var raw = TextOf(token);
        if (!_tokens[token].Has(TokenFlags.HasIgnorable))
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
        if ((uint)token >= (uint)_count)
        {
            return false;
        }

        var t = _tokens[token];
        if (t.Kind != TokenKind.Word || (t.Length != word.Length && !t.Has(TokenFlags.HasIgnorable)))
        {
            return false;
        }

        return WordComparer.Equal(t.Has(TokenFlags.HasIgnorable) ? CleanTextOf(token) : Text.AsSpan(t.Start, t.Length), word);
    }

    /// <summary>Whether the tokens carry vocabulary numbers for every word of the set (the set was built before the article was read).</summary>
    internal bool IsStampedFor(WordSet words) => words.MaxWordId <= _vocabularyCount;

    /// <summary>Whether the token is one of a set's words, in one lookup.</summary>
    public bool IsAnyWord(int token, WordSet words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if ((uint)token >= (uint)_count || _tokens[token].Kind != TokenKind.Word)
        {
            return false;
        }

        var t = _tokens[token];
        if (IsStampedFor(words))
        {
            return words.ContainsWordId(t.WordId);
        }

        return words.Contains(t.Has(TokenFlags.HasIgnorable) ? CleanTextOf(token) : Text.AsSpan(t.Start, t.Length));
    }

    /// <summary>
    /// The sentences, in order, that hold at least one of the words. Readers whose every claim needs
    /// one of their cue words in its sentence visit only these: one lookup per cue word instead of
    /// a test per token.
    /// </summary>
    public IReadOnlyList<int> SentencesWith(WordSet words)
    {
        var tokens = TokensWith(words);
        if (tokens.Count == 0)
        {
            return [];
        }

        var sentences = new List<int>(tokens.Count);
        foreach (var t in tokens)
        {
            var sentence = SentenceOf(t);
            if (sentences.Count == 0 || sentences[^1] != sentence)
            {
                sentences.Add(sentence);
            }
        }

        return sentences;
    }

    /// <summary>
    /// The tokens, in order, that are one of the words: from the article's word index when the set
    /// was built before the article was read, else by testing every token.
    /// </summary>
    public List<int> TokensWith(WordSet words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var tokens = new List<int>();
        if (IsStampedFor(words) && words.WordIds.Length <= MaxIndexedWords)
        {
            WordIndex.For(this, _tokens.AsSpan(0, _count), _vocabularyCount).AddTokens(words.WordIds, tokens);
            tokens.Sort();
        }
        else if (IsStampedFor(words))
        {
            // Many words, most of them common: one pass testing a bit per token beats following as many chains.
            for (var t = 0; t < _count; t++)
            {
                if (words.ContainsWordId(_tokens[t].WordId))
                {
                    tokens.Add(t);
                }
            }
        }
        else
        {
            // A set built after this article was read: its words are found by text.
            for (var t = 0; t < _count; t++)
            {
                if (IsAnyWord(t, words))
                {
                    tokens.Add(t);
                }
            }
        }

        return tokens;
    }

    public bool IsPunctuation(int token, char c) =>
        (uint)token < (uint)_count && _tokens[token].Length == 1 && Text[_tokens[token].Start] == c
        && _tokens[token].Kind is TokenKind.Punctuation or TokenKind.Terminal or TokenKind.Hyphen;

    public TextSpan SpanOf(int firstToken, int endToken) =>
        TextSpan.FromBounds(_tokens[firstToken].Start, _tokens[endToken - 1].End);

    /// <summary>The first token that ends after <paramref name="offset"/> (binary search).</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = _count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_tokens[mid].End <= offset)
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
        int lo = 0, hi = _sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = _sentences[mid];
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

        return Math.Max(0, Math.Min(lo, _sentences.Length - 1));
    }

    public string SentenceText(int sentence) => Text.Substring(Sentences[sentence].Span.Start, Sentences[sentence].Span.Length);
}
