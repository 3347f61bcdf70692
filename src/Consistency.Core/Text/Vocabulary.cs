namespace Consistency.Text;

/// <summary>
/// Every word a <see cref="WordSet"/> looks for, each given a small number once, process-wide.
/// The tokenizer stamps each word token with its number (<see cref="Token.WordId"/>), so a reader
/// that asks "is this token one of these words?" at every token tests a bit instead of comparing
/// text: the claims readers and rules ask it tens of times per token.
/// </summary>
/// <remarks>
/// Sets register their words when they are built, usually in static fields, so the vocabulary
/// grows during the first articles and then stays put. A set built after an article was tokenized
/// may hold words that article's tokens were not stamped with; <see cref="ArticleSyntax"/> knows
/// the vocabulary it was stamped against and compares text for such a set, so the answer never
/// depends on the order in which types were initialised.
/// </remarks>
internal static class Vocabulary
{
    private static readonly Lock Gate = new();
    private static VocabularySnapshot _current = VocabularySnapshot.Empty;

    /// <summary>The vocabulary as it stands; a snapshot never changes once published.</summary>
    public static VocabularySnapshot Current => Volatile.Read(ref _current);

    /// <summary>The numbers of the words, adding those not yet known; 0 for a word past the last number.</summary>
    public static ushort[] Add(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        lock (Gate)
        {
            var (snapshot, ids) = _current.With(words);
            Volatile.Write(ref _current, snapshot);
            return ids;
        }
    }
}
