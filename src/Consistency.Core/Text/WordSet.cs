using System.Collections.Frozen;

namespace Consistency.Text;

/// <summary>
/// A set of words to test tokens against in one lookup, whatever its size: a bitmask of the words'
/// lengths rejects most tokens before any hashing. Case-insensitive; every apostrophe counts as one.
/// Use it for lists a reader checks at every token ("said", "says", "according", … ).
/// </summary>
public sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly ulong _lengths;

    public WordSet(params IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var list = words.Select(Normalize).ToList();
        _words = list.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        foreach (var word in list)
        {
            _lengths |= word.Length < 64 ? 1UL << word.Length : 0;
        }
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length >= 64 || (_lengths & (1UL << word.Length)) == 0)
        {
            return false;
        }

        return word.ContainsAny('\u2019', '\u02BC')
            ? _words.Contains(Normalize(word.ToString()))
            : _words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static string Normalize(string word) => word.Replace('\u2019', '\'').Replace('\u02BC', '\'');
}
