namespace Consistency.Text;

public enum TokenKind : byte
{
    /// <summary>Letters, with inner apostrophes ("Belarus’s") and acronym dots ("U.S.").</summary>
    Word,
    /// <summary>Digits with thousands separators or a decimal part ("200,000", "200 000", "6.5").</summary>
    Number,
    /// <summary>A full stop, question mark, exclamation mark or ellipsis.</summary>
    Terminal,
    /// <summary>A quotation mark that opens a quote (“ « „ ‘ or a straight quote before a word).</summary>
    OpenQuote,
    /// <summary>A quotation mark that closes a quote (” » ’ or a straight quote after a word).</summary>
    CloseQuote,
    /// <summary>A hyphen inside a compound ("twenty-three", "Zapad-2025").</summary>
    Hyphen,
    /// <summary>An en or em dash, or a spaced hyphen.</summary>
    Dash,
    /// <summary>A list bullet at the start of a line.</summary>
    Bullet,
    /// <summary>Comma, colon, semicolon, brackets and every other symbol.</summary>
    Punctuation,
}
