namespace Consistency.Claims;

/// <summary>A person, place, body or country the story speaks of, with every name outlets use for it.</summary>
public sealed record Entity(string Id, string Kind, IReadOnlyList<string> Aliases)
{
    /// <summary>
    /// The party this one speaks for, when its words are that party's ("BelTA", Belarus's state news
    /// agency, and "Khrenin", its defence minister, both speak for Belarus); null when it speaks for itself.
    /// Attribution read across sentences asks it: a paragraph between two of one side's statements is that side's.
    /// </summary>
    public string? SpeaksFor { get; init; }
}
