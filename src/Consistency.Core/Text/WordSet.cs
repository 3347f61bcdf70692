namespace Consistency.Text;

/// <summary>
/// A fixed set of cue words ("said", "according", "previous") that readers test nearly every
/// token against. Matching follows <see cref="WordComparer"/> (case, curly apostrophes); a
/// length-and-first-letter prefilter turns away almost every token before any character is compared,
/// where a plain list cost one comparison per word per token.
/// </summary>
public sealed class WordSet
{
    private readonly string[] _words;
    private readonly WordPrefilter _prefilter;

    public WordSet(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = [.. words];
        _prefilter = new WordPrefilter(_words);
    }

    public IReadOnlyList<string> Words => _words;

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (!_prefilter.MayContain(word))
        {
            return false;
        }

        foreach (var candidate in _words)
        {
            if (candidate.Length == word.Length && WordComparer.Equal(word, candidate))
            {
                return true;
            }
        }

        return false;
    }
}
