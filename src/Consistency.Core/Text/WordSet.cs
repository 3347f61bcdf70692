using System.Collections.Frozen;
using System.Numerics;

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

    /// <summary>The span lookup, made once (getting one checks the comparer each time).</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong _lengths;

    /// <summary>One bit per vocabulary number of the set's words.</summary>
    private readonly ulong[] _ids;

    public WordSet(params IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var list = words.Select(Normalize).ToList();
        _words = list.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = _words.Count;
        foreach (var word in list)
        {
            _lengths |= word.Length < 64 ? 1UL << word.Length : 0;
        }

        // Loops, not LINQ over the numbers: each LINQ operator over ushort is framework code the JIT
        // compiles at start-up for this alone (sorting, distinct, max: about 5 % of its framework compiling).
        var ids = Vocabulary.Add(list);
        var highest = 0;
        var unnumbered = false;
        foreach (var id in ids)
        {
            unnumbered |= id == 0;
            highest = Math.Max(highest, id);
        }

        // A word without a number (a vocabulary full, an empty or overlong word) can only be found by text.
        MaxWordId = unnumbered ? int.MaxValue : highest;
        _ids = new ulong[(Math.Min(MaxWordId, VocabularySnapshot.MaxWords) >> 6) + 1];
        foreach (var id in ids)
        {
            _ids[id >> 6] |= 1UL << (id & 63);
        }

        WordIds = NumbersIn(_ids);
    }

    /// <summary>The numbers whose bits are set, ascending, each once; 0 (no number) left out.</summary>
    private static ushort[] NumbersIn(ulong[] bits)
    {
        var count = 0;
        foreach (var word in bits)
        {
            count += BitOperations.PopCount(word);
        }

        var numbers = new ushort[count - (int)(bits[0] & 1)];
        var next = 0;
        for (var word = 0; word < bits.Length; word++)
        {
            for (var rest = bits[word]; rest != 0; rest &= rest - 1)
            {
                var number = (word << 6) + BitOperations.TrailingZeroCount(rest);
                if (number != 0)
                {
                    numbers[next++] = (ushort)number;
                }
            }
        }

        return numbers;
    }

    /// <summary>A set of every word of the given sets.</summary>
    public static WordSet Union(params IEnumerable<WordSet> sets) => new(sets.SelectMany(set => set._words));

    /// <summary>How many words the set holds.</summary>
    /// <remarks>A field, not the frozen set's virtual Count: cues ask it at every clause.</remarks>
    public int Count { get; }

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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // asked per token by every reader and cue; left a call, 5 % of a 10k run in perf
    internal bool ContainsWordId(ushort id) => id != 0 && id >> 6 < _ids.Length && (_ids[id >> 6] & (1UL << (id & 63))) != 0;

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length >= 64 || (_lengths & (1UL << word.Length)) == 0)
        {
            return false;
        }

        return word.ContainsAny('\u2019', '\u02BC')
            ? _words.Contains(Normalize(word.ToString()))
            : _lookup.Contains(word);
    }

    private static string Normalize(string word) => word.Replace('\u2019', '\'').Replace('\u02BC', '\'');
}
