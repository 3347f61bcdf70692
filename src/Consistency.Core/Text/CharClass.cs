using System.Runtime.CompilerServices;

namespace Consistency.Text;

/// <summary>
/// What a character is to the tokenizer. Typography varies by outlet (curly or straight quotes,
/// em dashes, narrow no-break spaces); the tokenizer classifies it instead of rewriting the text,
/// so every offset stays the original one.
/// </summary>
internal static class CharClass
{
    // The small tests below are inlined, each with a first comparison that settles ASCII: the
    // tokenizer asks several of them for every token, and the command line's code is compiled
    // without profile guidance, which leaves a call to each unless asked (the tokenizer's main loop
    // called IsLineBreak and IsIgnorable for every token).

    /// <summary>Invisible characters that may sit inside a word or number and must not split it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsIgnorable(char c) =>
        c >= '\u00AD' && c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) => c <= '\r' ? c is '\n' or '\r' : c is '\u0085' or '\u2028' or '\u2029';

    /// <summary>Spaces that typesetters put between digit groups ("200 000").</summary>
    public static bool IsDigitGroupSpace(char c) => c is '\u00A0' or '\u2009' or '\u202F' or '\u2007';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c == '\'' || (c >= '\u02BC' && c is '\u2019' or '\u02BC');

    /// <summary>
    /// The character as <see cref="WordComparer"/> sees it: letters in upper case, every apostrophe
    /// as the straight one. Two words are equal under that comparer exactly when their folded
    /// characters are, so a hash of folded characters can index words.
    /// </summary>
    public static char FoldForComparison(char c)
    {
        if (c < 0x80)
        {
            return (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 0x20) : c;
        }

        return IsApostrophe(c) ? '\'' : char.ToUpperInvariant(c);
    }

    public static bool IsOpeningQuote(char c) => c is '\u201C' or '\u00AB' or '\u201E' or '\u2039' or '\u201A';

    public static bool IsClosingQuote(char c) => c is '\u201D' or '\u00BB' or '\u203A';

    /// <summary>Quotes whose direction depends on what stands around them.</summary>
    public static bool IsAmbiguousQuote(char c) => c is '"' or '\'' or '\u2018' or '\u2019' or '\u201F' or '\u201B';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHyphen(char c) => c == '-' || (c >= '\u2010' && c is '\u2010' or '\u2011');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDash(char c) => c >= '\u2012' && c is '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTerminal(char c) => c <= '?' ? c is '.' or '!' or '?' : c == '\u2026';

    public static bool IsBullet(char c) => c is '\u2022' or '\u25E6' or '\u25AA' or '\u2023' or '\u2043' or '*' or '\u00B7';

    /// <summary>Letters and combining marks; ASCII, nearly all of an English article, is decided without a Unicode table.</summary>
    /// <remarks>
    /// Inlined into the tokenizer's per-character loops, with the rare non-ASCII test out of line:
    /// without profile-guided optimisation (the command line runs fully optimised code without
    /// tiering) the JIT would otherwise call it for every character.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c) => char.IsLetter(c) || IsMark(c);

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
