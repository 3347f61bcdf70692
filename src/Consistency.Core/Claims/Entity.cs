namespace Consistency.Claims;

/// <summary>A person, place, body or country the story speaks of, with every name outlets use for it.</summary>
public sealed record Entity(string Id, string Kind, IReadOnlyList<string> Aliases);
