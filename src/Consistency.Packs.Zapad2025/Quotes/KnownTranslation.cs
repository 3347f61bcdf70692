namespace Consistency.Packs.Zapad2025.Quotes;

/// <summary>One outlet's published translation of words said in another language.</summary>
public sealed record KnownTranslation(string Source, string Text)
{
    internal IReadOnlyList<ComparableWord> Words { get; } = ComparableWords.Read(Text);
}
