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
