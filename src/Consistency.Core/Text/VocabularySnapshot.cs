using System.Runtime.CompilerServices;

namespace Consistency.Text;

/// <summary>
/// One state of the <see cref="Vocabulary"/>: an open-addressing table from a word, folded the way
/// <see cref="WordComparer"/> compares (case and apostrophes ignored), to its number (1 to
/// <see cref="Count"/>; 0 means "not a vocabulary word"). Immutable, so tokenizers on many threads
/// read it without locks while a new word is added to a copy.
/// </summary>
internal sealed class VocabularySnapshot
{
    /// <summary>Numbers are 16 bits so a token keeps its size; a word past this limit is looked up by text instead.</summary>
    public const int MaxWords = ushort.MaxValue;

    /// <summary>
    /// The table: a key, its number, and its full hash, together, so a probe reads one place. A
    /// probe compares the hash before any character: a word that is not in the vocabulary (four
    /// in ten of an article's) is turned away without a text comparison.
    /// </summary>
    private readonly VocabularySlot[] _slots;
    private readonly int _mask;

    /// <summary>One bit per word length below 64 held by the vocabulary: most tokens are rejected before hashing.</summary>
    private readonly ulong _lengths;

    private VocabularySnapshot(VocabularySlot[] slots, int count, ulong lengths)
    {
        _slots = slots;
        _mask = slots.Length - 1;
        Count = count;
        _lengths = lengths;
    }

    public static VocabularySnapshot Empty { get; } = new(new VocabularySlot[1], 0, 0);

    /// <summary>How many words have numbers: every number is at most this.</summary>
    public int Count { get; }

    /// <summary>The word's number, or 0 if it is not in this vocabulary.</summary>
    public ushort Find(ReadOnlySpan<char> word) => Find(word, HashSteps(word));

    /// <summary>The word's number, given the hash the tokenizer computed while reading it (<see cref="HashStep"/> over its characters).</summary>
    public ushort Find(ReadOnlySpan<char> word, uint hash)
    {
        if (Count == 0 || word.Length >= 64 || (_lengths & (1UL << word.Length)) == 0)
        {
            return 0;
        }

        var full = (uint)Finish(hash);
        for (var slot = (int)full & _mask; ; slot = (slot + 1) & _mask)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Key is null)
            {
                return 0;
            }

            if (entry.Hash == full && MatchesKey(word, entry.Key))
            {
                return entry.Id;
            }
        }
    }

    /// <summary>
    /// <see cref="WordComparer.Equal"/> against a key, which is folded with ASCII letters in lower
    /// case: an ASCII character matches it as is or with its case bit set. Anything else is left
    /// to the comparer.
    /// </summary>
    private static bool MatchesKey(ReadOnlySpan<char> word, string key)
    {
        if (word.Length != key.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var (a, b) = (word[i], key[i]);
            if (a != b && (a >= 0x80 || b >= 0x80 || (a | 0x20) != b || !char.IsAsciiLetterLower(b)))
            {
                return (a >= 0x80 || b >= 0x80) && WordComparer.Equal(word, key);
            }
        }

        return true;
    }

    /// <summary>A copy holding the given words too, and their numbers (0 for any past <see cref="MaxWords"/>).</summary>
    public (VocabularySnapshot Snapshot, ushort[] Ids) With(IReadOnlyList<string> words)
    {
        var ids = new ushort[words.Count];
        // Numbers held as int: the framework's table for string and int is precompiled, one for ushort would be compiled at start-up.
        var added = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Count;
        for (var i = 0; i < words.Count; i++)
        {
            var id = Find(words[i]);
            if (id == 0 && words[i].Length is > 0 and < 64)
            {
                var key = Fold(words[i]);
                if (added.TryGetValue(key, out var known))
                {
                    id = (ushort)known;
                }
                else if (count < MaxWords)
                {
                    id = (ushort)++count;
                    added.Add(key, id);
                }
            }

            ids[i] = id;
        }

        // Most sets bring no new word (their words are another set's too): then this snapshot stands.
        return (added.Count == 0 ? this : Build(_slots, added, count), ids);
    }

    /// <summary>
    /// A snapshot of the old slots' words and the added ones. (Loops over the two, not a list of
    /// word-and-number tuples: collections of a struct are framework code compiled at start-up.)
    /// </summary>
    private static VocabularySnapshot Build(VocabularySlot[] old, Dictionary<string, int> added, int count)
    {
        var words = added.Count;
        foreach (var slot in old)
        {
            words += slot.Key is null ? 0 : 1;
        }

        var capacity = 4;
        while (capacity < words * 2)
        {
            capacity *= 2;
        }

        var slots = new VocabularySlot[capacity];
        ulong lengths = 0;
        foreach (var slot in old)
        {
            if (slot.Key is { } key)
            {
                Place(slots, key, slot.Id, ref lengths);
            }
        }

        foreach (var (key, id) in added)
        {
            Place(slots, key, (ushort)id, ref lengths);
        }

        return new VocabularySnapshot(slots, count, lengths);
    }

    private static void Place(VocabularySlot[] slots, string key, ushort id, ref ulong lengths)
    {
        var hash = Hash(key);
        var slot = hash & (slots.Length - 1);
        while (slots[slot].Key is not null)
        {
            slot = (slot + 1) & (slots.Length - 1);
        }

        slots[slot] = new VocabularySlot(key, (uint)hash, id);
        lengths |= 1UL << key.Length;
    }

    /// <summary>
    /// FNV-1a over the characters in lower case, apostrophes as one: words equal under
    /// <see cref="WordComparer"/> hash alike. ASCII, nearly every character of an English article,
    /// takes one OR; two ASCII characters that are not letters may hash alike, which only costs a compare.
    /// </summary>
    private static int Hash(ReadOnlySpan<char> word) => Finish(HashSteps(word));

    public const uint HashSeed = 2166136261u;

    /// <summary>The FNV prime each character's step multiplies by.</summary>
    private const uint HashPrime = 16777619u;

    /// <summary>One character of the hash; the tokenizer calls it as it reads a word, so no word is read twice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per character of every word: see CharClass.IsWordChar
    public static uint HashStep(uint hash, char c) => HashAsciiStep(hash, c < 0x80 ? c : CharClass.FoldForComparison(c));

    /// <summary>One character of the hash, for a character known to be ASCII (the tokenizer's plain-word loop).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashAsciiStep(uint hash, char c) => (hash ^ (uint)(c | 0x20)) * HashPrime;

    private static uint HashSteps(ReadOnlySpan<char> word)
    {
        var hash = HashSeed;
        foreach (var c in word)
        {
            hash = HashStep(hash, c);
        }

        return hash;
    }

    private static int Finish(uint hash) => (int)(hash ^ (hash >> 15));

    /// <summary>
    /// The key a word is kept under: folded as <see cref="WordComparer"/> compares, with ASCII letters
    /// in lower case, as most of an article's letters are: a lookup that finds a word (six words in
    /// ten do) then matches it character for character on the comparer's first test.
    /// </summary>
    private static string Fold(string word) => string.Create(word.Length, word, static (chars, w) =>
    {
        for (var i = 0; i < w.Length; i++)
        {
            var folded = CharClass.FoldForComparison(w[i]);
            chars[i] = char.IsAsciiLetterUpper(folded) ? (char)(folded | 0x20) : folded;
        }
    });
}
