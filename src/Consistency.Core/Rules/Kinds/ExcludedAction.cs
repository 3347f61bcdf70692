namespace Consistency.Rules.Kinds;

/// <summary>
/// Something a story's event did not include: who or what (<see cref="Subject"/>, every cue in the
/// clause) and the actions the facts rule out ("Romanian F-16s … shot it down" when they were
/// scrambled and did not fire).
/// </summary>
public sealed record ExcludedAction(string What, IReadOnlyList<Cue> Subject, IReadOnlyList<Deed> Actions)
{
    /// <summary>Words that, anywhere in the sentence, say the action was refused or left undone ("Statkevich refused to leave").</summary>
    public Cue? Unless { get; init; }

    /// <summary>Cues the sentence or the one before must fill: the setting ("Belarus invited observers. … Latvia accepted.").</summary>
    public IReadOnlyList<Cue> Context { get; init; } = [];

    /// <summary>Those who did the opposite, when the story names all of them ("Poland, Lithuania and Latvia declined"): a list of them naming another is wrong too.</summary>
    public ClosedList? Listed { get; init; }
}
