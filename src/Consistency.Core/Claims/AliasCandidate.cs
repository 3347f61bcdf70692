namespace Consistency.Claims;

/// <summary>
/// One alias of an entity as <see cref="AliasIndex"/> matches it: its words, whether each is an
/// acronym (matched in its own case only), and the entity it names.
/// </summary>
internal readonly record struct AliasCandidate(string[] Parts, bool[] Acronyms, string EntityId)
{
    /// <summary>
    /// The vocabulary number of the first word: a token carrying it (and no invisible character)
    /// is that word under <see cref="Text.WordComparer"/>, so it needs no comparison of text.
    /// </summary>
    public ushort FirstWordId { get; init; }
}
