namespace Consistency.Rules.Kinds;

/// <summary>
/// Something of a story's model that has lasted since a day (a war since its invasion): what it
/// is called, when it began, the cue a clause must fill to speak of it, and words that make the
/// same cue something else ("war games", "Cold War").
/// </summary>
public sealed record ElapsedFact(string What, DateOnly Start, Cue Subject)
{
    public Cue? Excluding { get; init; }
}
