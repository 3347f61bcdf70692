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

    /// <summary>
    /// A title that can fill the role without a name ("signed by the defence minister"): its noun
    /// ("minister") and the word that makes it the fillers' own ("interior"). A title of the noun
    /// without that word names someone else.
    /// </summary>
    public (Cue Noun, Cue Own)? Title { get; init; }

    /// <summary>
    /// The role word must follow the event's first cue within this many words ("announced on 9
    /// September by"): in "an order signed by Kierwiński after Tusk announced it", "by" is the signing's.
    /// </summary>
    public int? CueBefore { get; init; }
}
