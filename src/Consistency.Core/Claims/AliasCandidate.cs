namespace Consistency.Claims;

/// <summary>
/// One alias of an entity as <see cref="AliasIndex"/> matches it: its words, whether each is an
/// acronym (matched in its own case only), and the entity it names.
/// </summary>
internal readonly record struct AliasCandidate(string[] Parts, bool[] Acronyms, string EntityId);
