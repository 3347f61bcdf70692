namespace Consistency.Text;

/// <summary>
/// Where each vocabulary word stands in one article: for every word number, a chain of the tokens
/// that carry it, in text order. A reader that needs one of a few words in a sentence asks the
/// index for the sentences that hold any, instead of testing every token of every sentence:
/// most sentences of an article hold none of a reader's cue words.
/// </summary>
/// <remarks>
/// One index per thread, rebuilt for each article it is asked about: an article is analysed on one
/// thread from its claims to its last rule, and a fresh pair of arrays per article (one entry per
/// vocabulary word) cost more in allocation than the index saved.
/// </remarks>
internal sealed class WordIndex
{
    [ThreadStatic]
    private static WordIndex? s_current;

    // Both arrays hold token + 1, so that 0 ends a chain.
    private int[] _first = [];
    private int[] _next = [];
    private readonly List<ushort> _used = [];

    /// <summary>The article the index describes, held weakly: the index must not keep a finished article alive.</summary>
    private readonly WeakReference<ArticleSyntax?> _owner = new(null);

    /// <summary>Articles longer than this get an index of their own, not kept: a 50 MB article must not leave a 40 MB buffer behind on its thread.</summary>
    private const int MaxKeptTokens = 1 << 20;

    /// <summary>This thread's index, describing the given article.</summary>
    public static WordIndex For(ArticleSyntax owner, ReadOnlySpan<Token> tokens, int vocabularyCount)
    {
        if (tokens.Length > MaxKeptTokens)
        {
            var own = new WordIndex();
            own.Build(owner, tokens, vocabularyCount);
            return own;
        }

        var index = s_current ??= new WordIndex();
        if (!index._owner.TryGetTarget(out var current) || !ReferenceEquals(current, owner))
        {
            index.Build(owner, tokens, vocabularyCount);
        }

        return index;
    }

    private void Build(ArticleSyntax owner, ReadOnlySpan<Token> tokens, int vocabularyCount)
    {
        foreach (var id in _used)
        {
            _first[id] = 0;
        }

        _used.Clear();
        if (_first.Length <= vocabularyCount)
        {
            _first = new int[vocabularyCount + 1];
        }

        if (_next.Length < tokens.Length)
        {
            _next = new int[Math.Max(tokens.Length, _next.Length * 2)];
        }

        for (var t = tokens.Length - 1; t >= 0; t--)
        {
            var id = tokens[t].WordId;
            if (id != 0 && id <= vocabularyCount)
            {
                if (_first[id] == 0)
                {
                    _used.Add(id);
                }

                _next[t] = _first[id];
                _first[id] = t + 1;
            }
        }

        _owner.SetTarget(owner);
    }

    /// <summary>Every token that carries one of the numbers, in no particular order.</summary>
    public void AddTokens(ReadOnlySpan<ushort> ids, List<int> into)
    {
        foreach (var id in ids)
        {
            if (id >= _first.Length)
            {
                continue;
            }

            for (var next = _first[id]; next != 0; next = _next[next - 1])
            {
                into.Add(next - 1);
            }
        }
    }
}
