using System.Runtime.CompilerServices;
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

    /// <summary>How many vocabulary words the tokens were stamped against: a set with a later word makes them stamped again (<see cref="StampAgain"/>).</summary>
    private int _vocabularyCount;

    /// <summary>Which cue sets each sentence holds a word of: made on the first question (<see cref="SentenceHas"/>).</summary>
    private SentenceCues? _cues;

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

    /// <summary>The clause <see cref="Clauses.ClauseAround"/> found last (a reference, written whole: one article is read on one thread at a time).</summary>
    internal TokenRange? LastClause { get; set; }

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked for nearly every token by the readers (see IsAnyWord)
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
    /// <remarks>The length test, which turns away nearly every token, is inlined; the comparison is not.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int token, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if ((uint)token >= (uint)_count)
        {
            return false;
        }

        var t = _tokens[token];
        return t.Kind == TokenKind.Word && (t.Length == word.Length || t.Has(TokenFlags.HasIgnorable)) && IsWordByText(token, word);
    }

    private bool IsWordByText(int token, string word)
    {
        var t = _tokens[token];
        return WordComparer.Equal(t.Has(TokenFlags.HasIgnorable) ? CleanTextOf(token) : Text.AsSpan(t.Start, t.Length), word);
    }

    /// <summary>
    /// Whether the tokens carry vocabulary numbers for every word of the set. A set built after the
    /// article was tokenized (the first article of a run meets the readers' and rules' sets as they
    /// are first used) has its tokens stamped again, once, against the vocabulary as it now stands.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool IsStampedFor(WordSet words) => words.MaxWordId <= _vocabularyCount || StampAgain(words);

    /// <summary>
    /// Stamps every word token with its number in the current vocabulary, in one pass. Before, such a
    /// set was looked up by text at each question, and a reader asking about a sentence at each of its
    /// numbers rescanned the sentence each time: a first article of one sentence of 20k numbers took 8 s.
    /// Numbers never change once given, so answers for older sets, and their cue masks, stay right.
    /// </summary>
    /// <returns>false when the set has a word without any number (a full vocabulary): only its text can find it.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool StampAgain(WordSet words)
    {
        var vocabulary = Vocabulary.Current;
        if (words.MaxWordId > vocabulary.Count)
        {
            return false;
        }

        for (var t = 0; t < _count; t++)
        {
            var token = _tokens[t];
            if (token.Kind == TokenKind.Word && token.WordId == 0)
            {
                var text = token.Has(TokenFlags.HasIgnorable) ? CleanTextOf(t) : Text.AsSpan(token.Start, token.Length);
                _tokens[t] = token with { WordId = vocabulary.Find(text) };
            }
        }

        _vocabularyCount = vocabulary.Count;
        _cues = null; // masks of sets that were asked about by text are made again from the new numbers
        _sentenceAnswers = null;
        return true;
    }

    /// <summary>Whether the token is one of a set's words, in one lookup.</summary>
    /// <remarks>
    /// Inlined: readers ask it for nearly every token, and the command line's code is compiled
    /// without profile guidance, so a call is not inlined unless asked. Only the bit test stays
    /// inline (a number's token, or any but a word, carries no word number); the text lookup for
    /// a set newer than the article is out of line.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsAnyWord(int token, WordSet words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if ((uint)token >= (uint)_count)
        {
            return false;
        }

        return IsStampedFor(words) ? words.ContainsWordId(_tokens[token].WordId) : IsAnyWordByText(token, words);
    }

    private bool IsAnyWordByText(int token, WordSet words)
    {
        var t = _tokens[token];
        return t.Kind == TokenKind.Word && words.Contains(t.Has(TokenFlags.HasIgnorable) ? CleanTextOf(token) : Text.AsSpan(t.Start, t.Length));
    }

    /// <summary>
    /// The sentences, in order, that hold at least one of the words. Readers whose every claim needs
    /// one of their cue words in its sentence visit only these.
    /// </summary>
    public IReadOnlyList<int> SentencesWith(WordSet words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var sentences = new List<int>();
        if (IsStampedFor(words) && CueTable.BitOf(words) is var bit and >= 0)
        {
            // SentenceHas's answer for each sentence, with the set's bit and the masks looked up once, not per sentence.
            var masks = CuesKnowing(bit).Masks;
            for (var s = 0; s < masks.Length; s++)
            {
                if ((masks[s] & (1UL << bit)) != 0)
                {
                    sentences.Add(s);
                }
            }

            return sentences;
        }

        for (var s = 0; s < _sentences.Length; s++)
        {
            if (SentenceHas(s, words))
            {
                sentences.Add(s);
            }
        }

        return sentences;
    }

    /// <summary>
    /// Whether the sentence holds one of the words: one bit of the sentence's cue mask (made for all
    /// cue sets in one pass over the article's tokens, the first time any is asked), or, for an
    /// article read before the set's words had numbers, a test of each token.
    /// </summary>
    public bool SentenceHas(int sentence, WordSet words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (IsStampedFor(words) && CueTable.BitOf(words) is var bit and >= 0)
        {
            return (CuesKnowing(bit).Masks[sentence] & (1UL << bit)) != 0;
        }

        // A set without a bit (every bit taken, or an article older than the set) is answered by its
        // tokens, once per sentence and set: a rule asking again for each of a sentence's thousands
        // of numbers must not walk the sentence each time.
        _sentenceAnswers ??= new Dictionary<WordSet, sbyte[]>(ReferenceEqualityComparer.Instance);
        if (!_sentenceAnswers.TryGetValue(words, out var answers))
        {
            _sentenceAnswers[words] = answers = new sbyte[_sentences.Length];
        }

        if (answers[sentence] == 0)
        {
            var found = false;
            for (var t = _sentences[sentence].FirstToken; t < _sentences[sentence].EndToken && !found; t++)
            {
                found = IsAnyWord(t, words);
            }

            answers[sentence] = found ? (sbyte)1 : (sbyte)-1;
        }

        return answers[sentence] > 0;
    }

    /// <summary>What <see cref="SentenceHas"/> found by tokens for sets without a bit: 1 yes, -1 no, 0 not asked (one article is read on one thread).</summary>
    private Dictionary<WordSet, sbyte[]>? _sentenceAnswers;

    /// <summary>Whether the sentence holds a token of digits.</summary>
    public bool SentenceHasNumber(int sentence) => (CuesKnowing(-1).Masks[sentence] & (1UL << CueTable.NumberBit)) != 0;

    /// <summary>The sentences' cue masks, made again if the set with this bit got it after they were made.</summary>
    private SentenceCues CuesKnowing(int bit)
    {
        var cues = _cues;
        if (cues is null || bit >= cues.KnownSets)
        {
            // An article is read on one thread; were it shared, two threads would make equal masks.
            _cues = cues = SentenceCues.Compute(_tokens.AsSpan(0, _count), _sentences);
        }

        return cues;
    }

    public bool IsPunctuation(int token, char c) =>
        (uint)token < (uint)_count && _tokens[token].Length == 1 && Text[_tokens[token].Start] == c
        && _tokens[token].Kind is TokenKind.Punctuation or TokenKind.Terminal or TokenKind.Hyphen;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
