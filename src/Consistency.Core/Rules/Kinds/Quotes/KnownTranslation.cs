namespace Consistency.Rules.Kinds.Quotes;

/// <summary>One outlet's published translation of words said in another language.</summary>
public sealed record KnownTranslation(string Source, string Text)
{
    public IReadOnlyList<ComparableWord> Words { get; } = ComparableWords.Read(Text);
}
