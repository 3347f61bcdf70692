namespace Consistency.Text;

/// <summary>
/// A cheap first test for "could this word be in the vocabulary?", by length and first letter,
/// run before a dictionary lookup that the claims readers would otherwise make for every token.
/// It may say yes to a word that is not there; it never says no to one that is (under
/// <see cref="WordComparer"/>'s case and apostrophe rules), so the lookup behind it decides.
/// </summary>
internal sealed class WordPrefilter
{
    private const int LongWords = 31;

    /// <summary>Per length (the last slot holds every longer word), one bit per ASCII first letter a–z; bit 63: any other first character.</summary>
    private readonly ulong[] _firstLetters = new ulong[LongWords + 1];

    public WordPrefilter(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var word in words)
        {
            if (word.Length > 0)
            {
                _firstLetters[Math.Min(word.Length, LongWords)] |= Bit(word[0]);
            }
        }
    }

    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        var first = word[0];
        if (first >= 0x80)
        {
            return true; // a non-ASCII letter may upper-case to an ASCII one ("ı" to "I"), or be an apostrophe
        }

        var letters = _firstLetters[Math.Min(word.Length, LongWords)];
        return (letters & (Bit(first) | OtherBit)) != 0;
    }

    private const ulong OtherBit = 1UL << 63;

    private static ulong Bit(char c)
    {
        var folded = (uint)((c | 0x20) - 'a');
        return c < 0x80 && folded < 26 ? 1UL << (int)folded : OtherBit;
    }
}
