namespace Consistency.Text;

/// <summary>One token of an article: its kind, where it stands, and how it is separated from the one before.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int Length, TokenFlags Flags)
{
    /// <summary>
    /// The word's number in the <see cref="Vocabulary"/> the article was tokenized against, 0 for a
    /// word no <see cref="WordSet"/> looks for (and for every other kind of token). It fits the
    /// padding after <see cref="Flags"/>: tokens stay 16 bytes.
    /// </summary>
    public ushort WordId { get; init; }

    public int End => Start + Length;

    public bool Has(TokenFlags flag) => (Flags & flag) != 0;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    /// <summary>True when this token follows the previous one with no space ("twenty-three", "7K", "Zapad2025").</summary>
    public bool IsAttached => (Flags & (TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore)) == 0;
}
