using System.Runtime.CompilerServices;

namespace Consistency.Text;

/// <summary>
/// Splits an article into tokens in one pass over its characters. No regular expressions: the
/// cost is linear in the text whatever it holds, and a 1 MB line without a full stop is no worse
/// than a thousand short ones.
/// </summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        var tokens = Tokenize(text, Vocabulary.Current, out var count);
        return count == tokens.Length ? tokens : tokens[..count];
    }

    /// <summary>
    /// Tokens into a buffer sized from the text (English prose averages one token per five or six
    /// characters; the 10k corpus, one per 5.7), returned as is with its count: copying it to an
    /// exact array doubled the tokenizer's allocations, the largest share of the engine's. Text
    /// denser in tokens (figures, punctuation) grows the buffer once. A <paramref name="buffer"/>
    /// given (a finished article's, see <see cref="TokenBuffer"/>) is filled instead of a new array
    /// if it is at least the estimated size.
    /// </summary>
    internal static Token[] Tokenize(string text, VocabularySnapshot vocabulary, out int count, Token[]? buffer = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var estimate = (text.Length / 5) + 16;
        var tokens = buffer is not null && buffer.Length >= estimate ? buffer : new Token[estimate];
        var n = 0; // the count, kept in a register: written through the out parameter only at the end
        var pending = TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore;
        var lineBreaks = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                // Every other token is preceded by a plain space: settle it before the classifications below.
                pending |= TokenFlags.SpaceBefore;
                i++;
                continue;
            }

            if (n == tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
            }

            // Most tokens are plain ASCII words: read in a tight loop of their own, hashed as
            // ReadWord would. A word that goes on past that loop in a way only ReadWord follows
            // (an apostrophe or invisible character before more letters, a non-ASCII letter or
            // mark, an acronym's full stop) is read again from its start by ReadWord below.
            if (IsAsciiLetter(c))
            {
                var hash = VocabularySnapshot.HashAsciiStep(VocabularySnapshot.HashSeed, c);
                var j = i + 1;
                while (j < text.Length && IsAsciiLetter(text[j]))
                {
                    hash = VocabularySnapshot.HashAsciiStep(hash, text[j]);
                    j++;
                }

                if (j == text.Length || !MayContinueWord(text, j, j - i))
                {
                    var flags = c <= 'Z' ? pending | TokenFlags.Capitalized : pending;
                    tokens[n++] = new Token(TokenKind.Word, i, j - i, flags) { WordId = vocabulary.Find(text.AsSpan(i, j - i), hash) };
                    pending = TokenFlags.None;
                    lineBreaks = 0;
                    i = j;
                    continue;
                }
            }

            if (CharClass.IsLineBreak(c))
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                lineBreaks++;
                pending |= TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore;
                if (lineBreaks >= 2)
                {
                    pending |= TokenFlags.BlankLineBefore;
                }

                continue;
            }

            if (CharClass.IsIgnorable(c))
            {
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pending |= TokenFlags.SpaceBefore;
                i++;
                continue;
            }

            var start = i;
            var tokenFlags = pending;
            var wordHash = VocabularySnapshot.HashSeed;
            // The readers move their own copy of the position: a local whose address is taken stays in memory for the whole loop.
            var end = i;
            var kind = ReadToken(text, ref end, ref tokenFlags, ref wordHash);
            i = end;
            tokens[n++] = new Token(kind, start, i - start, tokenFlags)
            {
                WordId = kind == TokenKind.Word ? WordIdOf(text.AsSpan(start, i - start), tokenFlags, wordHash, vocabulary) : (ushort)0,
            };
            pending = TokenFlags.None;
            lineBreaks = 0;
        }

        count = n;
        return tokens;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>
    /// Whether the character after a run of ASCII letters may carry the word on (<see cref="ReadWord"/>
    /// decides): anything not ASCII, an apostrophe, or the full stop after a single letter ("U.S.").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayContinueWord(string text, int at, int letters)
    {
        var c = text[at];
        return c >= 0x80 || c == '\'' || (c == '.' && letters == 1);
    }

    /// <summary>
    /// The word's vocabulary number, from the hash <see cref="ReadWord"/> computed on the way; a word
    /// holding invisible characters ("Za\u00ADpad") is looked up without them, out of line.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per word: one call (the lookup) instead of two
    private static ushort WordIdOf(ReadOnlySpan<char> word, TokenFlags flags, uint hash, VocabularySnapshot vocabulary) =>
        (flags & TokenFlags.HasIgnorable) == 0 ? vocabulary.Find(word, hash) : WordIdWithoutIgnorable(word, vocabulary);

    private static ushort WordIdWithoutIgnorable(ReadOnlySpan<char> word, VocabularySnapshot vocabulary)
    {
        Span<char> clean = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (!CharClass.IsIgnorable(c))
            {
                clean[length++] = c;
            }
        }

        return vocabulary.Find(clean[..length]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // one call site, once per token
    private static TokenKind ReadToken(string text, ref int i, ref TokenFlags flags, ref uint hash)
    {
        var c = text[i];
        if (CharClass.IsWordChar(c))
        {
            if (char.IsUpper(c))
            {
                flags |= TokenFlags.Capitalized;
            }

            ReadWord(text, ref i, ref flags, ref hash);
            return TokenKind.Word;
        }

        if (char.IsAsciiDigit(c))
        {
            ReadNumber(text, ref i, ref flags);
            return TokenKind.Number;
        }

        var atLineStart = (flags & TokenFlags.LineBreakBefore) != 0;
        var followedBySpace = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);
        if (CharClass.IsTerminal(c))
        {
            while (i < text.Length && CharClass.IsTerminal(text[i]))
            {
                i++;
            }

            return TokenKind.Terminal;
        }

        if ((CharClass.IsBullet(c) || CharClass.IsHyphen(c)) && atLineStart && followedBySpace)
        {
            i++;
            return TokenKind.Bullet;
        }

        i++;
        if (CharClass.IsOpeningQuote(c))
        {
            return TokenKind.OpenQuote;
        }

        if (CharClass.IsClosingQuote(c))
        {
            return TokenKind.CloseQuote;
        }

        if (CharClass.IsAmbiguousQuote(c))
        {
            var opensAfter = i - 1 == 0 || char.IsWhiteSpace(text[i - 2]) || text[i - 2] is '(' or '[' || CharClass.IsDash(text[i - 2]);
            return opensAfter && !followedBySpace ? TokenKind.OpenQuote : TokenKind.CloseQuote;
        }

        if (CharClass.IsHyphen(c))
        {
            return (flags & TokenFlags.SpaceBefore) == 0 && !followedBySpace ? TokenKind.Hyphen : TokenKind.Dash;
        }

        if (CharClass.IsDash(c))
        {
            return TokenKind.Dash;
        }

        if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i]))
        {
            i++;
        }

        return TokenKind.Punctuation;
    }

    /// <summary>Reads a word, hashing its characters for the vocabulary as it goes (invisible ones are left out, as in the lookup).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // one call site, once per word
    private static void ReadWord(string text, ref int position, ref TokenFlags flags, ref uint wordHash)
    {
        // Locals, written back once: the loop runs once per character.
        var i = position;
        var hash = VocabularySnapshot.HashStep(wordHash, text[i]);
        var hasIgnorable = false;
        var start = i;
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClass.IsWordChar(c))
            {
                hash = VocabularySnapshot.HashStep(hash, c);
                i++;
            }
            else if (i + 1 < text.Length && CharClass.IsWordChar(text[i + 1]) && (CharClass.IsApostrophe(c) || CharClass.IsIgnorable(c)))
            {
                if (CharClass.IsIgnorable(c))
                {
                    hasIgnorable = true;
                }
                else
                {
                    hash = VocabularySnapshot.HashStep(hash, c);
                }

                hash = VocabularySnapshot.HashStep(hash, text[i + 1]);
                i += 2;
            }
            else
            {
                break;
            }
        }

        // Acronyms with dots ("U.S.", "e.g.", "a.m."): single letters joined by full stops are one word.
        if (i - start == 1 && IsAcronymStep(text, i))
        {
            while (IsAcronymStep(text, i))
            {
                hash = VocabularySnapshot.HashStep(VocabularySnapshot.HashStep(hash, text[i]), text[i + 1]);
                i += 2;
            }

            if (i < text.Length && text[i] == '.')
            {
                hash = VocabularySnapshot.HashStep(hash, '.');
                i++;
            }
        }

        if (hasIgnorable)
        {
            flags |= TokenFlags.HasIgnorable;
        }

        position = i;
        wordHash = hash;
    }

    private static bool IsAcronymStep(string text, int i) =>
        i + 1 < text.Length && text[i] == '.' && CharClass.IsWordChar(text[i + 1])
        && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));

    private static void ReadNumber(string text, ref int position, ref TokenFlags flags)
    {
        var i = position;
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var firstGroup = i - start;
        var hasDecimal = false;
        while (i < text.Length)
        {
            var c = text[i];
            if ((c == ',' || (CharClass.IsDigitGroupSpace(c) && firstGroup <= 3)) && IsDigitGroup(text, i + 1))
            {
                i += 4;
            }
            else if (c == '.' && !hasDecimal && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                hasDecimal = true;
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
            else if (CharClass.IsIgnorable(c) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                flags |= TokenFlags.HasIgnorable;
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }

        position = i;
    }

    /// <summary>Exactly three digits, not followed by a fourth ("200,000" but not "2,0001").</summary>
    private static bool IsDigitGroup(string text, int at) =>
        at + 3 <= text.Length
        && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 == text.Length || !char.IsAsciiDigit(text[at + 3]));
}
