namespace Consistency.Rules.Kinds;

/// <summary>
/// Who or where in an event of a story's model: the event's cues (every one in the clause, or
/// <see cref="Context"/> in the sentence or the one before), the words that introduce the role
/// ("by" for who did it, "to" for where they went; the first event cue must name words, as the
/// sentences are picked by them), the kinds of entity that fill it ("person";
/// "country" or "place") and the entities that did. Another entity of those kinds in the role is
/// an error; an entity the model does not know is left alone.
/// </summary>
public sealed record RoleFact(string What, IReadOnlyList<Cue> Event, Cue RoleWords, IReadOnlyList<string> FillerKinds, IReadOnlyList<string> Fillers)
{
    /// <summary>Cues the sentence or the one before must fill ("The order was signed by …" after a sentence about the border).</summary>
    public IReadOnlyList<Cue> Context { get; init; } = [];
}
