using System.Collections.Frozen;

namespace Consistency.Text;

/// <summary>
/// A set of words to test tokens against in one step, whatever its size. Case-insensitive; every
/// apostrophe counts as one. Its words join the <see cref="Vocabulary"/>, so a token is tested by
/// one bit of its <see cref="Token.WordId"/>; text is looked up only for an article tokenized
/// before the set was built. Use it for lists a reader checks at every token ("said", "says", … ),
/// in a static field: a set is built once.
/// </summary>
public sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly ulong _lengths;

    /// <summary>One bit per vocabulary number of the set's words.</summary>
    private readonly ulong[] _ids;

    public WordSet(params IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var list = words.Select(Normalize).ToList();
        _words = list.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        foreach (var word in list)
        {
            _lengths |= word.Length < 64 ? 1UL << word.Length : 0;
        }

        var ids = Vocabulary.Add(list);
        WordIds = [.. ids.Where(id => id != 0).Distinct().Order()];
        // A word without a number (a vocabulary full, an empty or overlong word) can only be found by text.
        MaxWordId = ids.Contains((ushort)0) ? int.MaxValue : ids.Select(id => (int)id).DefaultIfEmpty(0).Max();
        _ids = new ulong[(Math.Min(MaxWordId, VocabularySnapshot.MaxWords) >> 6) + 1];
        foreach (var id in ids)
        {
            _ids[id >> 6] |= 1UL << (id & 63);
        }
    }

    /// <summary>A set of every word of the given sets.</summary>
    public static WordSet Union(params IEnumerable<WordSet> sets) => new(sets.SelectMany(set => set._words));

    /// <summary>How many words the set holds.</summary>
    public int Count => _words.Count;

    /// <summary>The vocabulary numbers of the words, each once.</summary>
    internal ushort[] WordIds { get; }

    /// <summary>A set that has not asked <see cref="CueTable"/> for a bit yet.</summary>
    internal const int NoCueBitYet = -2;

    private int _cueBit = NoCueBitYet;

    /// <summary>The set's bit in the <see cref="CueTable"/> (-1: none left; <see cref="NoCueBitYet"/>: not asked yet).</summary>
    internal int CueBit
    {
        get => Volatile.Read(ref _cueBit);
        set => Volatile.Write(ref _cueBit, value);
    }

    /// <summary>The highest vocabulary number among the words: a token stamped against a smaller vocabulary is looked up by text.</summary>
    internal int MaxWordId { get; }

    /// <summary>Whether a word with this vocabulary number is in the set (0, no word, never is).</summary>
    internal bool ContainsWordId(ushort id) => id != 0 && id >> 6 < _ids.Length && (_ids[id >> 6] & (1UL << (id & 63))) != 0;

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
