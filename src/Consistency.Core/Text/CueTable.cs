namespace Consistency.Text;

/// <summary>
/// The word sets readers pick sentences by (<see cref="ArticleSyntax.SentencesWith"/>,
/// <see cref="ArticleSyntax.SentenceHas"/>), each given one bit, and for every vocabulary word the
/// bits of the sets holding it. An article ORs its tokens' bits into one mask per sentence, in one
/// pass; after that, whether a sentence holds any of a set's words is one bit test, for every set
/// at once. Immutable: a set that asks for a bit gets a new table, published for later articles.
/// </summary>
/// <remarks>
/// Sets ask for their bit on first use, so the table fills during the first articles (or the command
/// line's warm-up article) and then stays put. Bit 63 is kept for "the sentence holds a number", which the
/// number readers ask. A set past the last free bit is answered by testing tokens instead.
/// </remarks>
internal sealed class CueTable
{
    /// <summary>The bit of sentences holding a token of digits.</summary>
    public const int NumberBit = 63;

    private static readonly Lock Gate = new();
    private static CueTable _current = new([], []);

    private readonly ulong[] _masks;

    private CueTable(ulong[] masks, WordSet[] sets)
    {
        _masks = masks;
        Sets = sets;
    }

    /// <summary>The table as it stands.</summary>
    public static CueTable Current => Volatile.Read(ref _current);

    /// <summary>The sets with bits, in bit order: a set's bit is its place here.</summary>
    public WordSet[] Sets { get; }

    /// <summary>The bits of the sets holding the word with this vocabulary number.</summary>
    public ulong MaskOf(ushort wordId) => wordId < _masks.Length ? _masks[wordId] : 0;

    /// <summary>The set's bit, given it on its first request; -1 when every bit is taken.</summary>
    public static int BitOf(WordSet words)
    {
        var bit = words.CueBit;
        if (bit != WordSet.NoCueBitYet)
        {
            return bit;
        }

        lock (Gate)
        {
            if (words.CueBit != WordSet.NoCueBitYet)
            {
                return words.CueBit;
            }

            var table = _current;
            if (table.Sets.Length >= NumberBit)
            {
                words.CueBit = -1;
                return -1;
            }

            WordSet[] sets = [.. table.Sets, words];
            var masks = new ulong[Math.Max(table._masks.Length, words.WordIds.Length == 0 ? 0 : words.WordIds[^1] + 1)];
            table._masks.CopyTo(masks, 0);
            foreach (var id in words.WordIds)
            {
                masks[id] |= 1UL << table.Sets.Length;
            }

            Volatile.Write(ref _current, new CueTable(masks, sets));
            words.CueBit = table.Sets.Length; // after publishing: a reader that sees the bit finds it in the table
            return words.CueBit;
        }
    }
}
