namespace Consistency.Text;

/// <summary>Case-insensitive word equality that treats every apostrophe as one ("Belarus’s" = "Belarus's").</summary>
public static class WordComparer
{
    public static bool Equal(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        if (text.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var a = text[i];
            var b = word[i];
            if (a == b)
            {
                continue;
            }

            if ((a | b) < 0x80)
            {
                // Both ASCII: equal only as the same letter in another case (the only ASCII apostrophe is one character).
                if ((a | 0x20) == (b | 0x20) && (uint)((a | 0x20) - 'a') <= 'z' - 'a')
                {
                    continue;
                }

                return false;
            }

            if (CharClass.IsApostrophe(a) && CharClass.IsApostrophe(b))
            {
                continue;
            }

            if (char.ToUpperInvariant(a) != char.ToUpperInvariant(b))
            {
                return false;
            }
        }

        return true;
    }
}
