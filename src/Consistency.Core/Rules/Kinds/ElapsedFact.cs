namespace Consistency.Rules.Kinds;

/// <summary>
/// Something of a story's model that has lasted since a day (a war since its invasion): what it
/// is called, when it began, the cue a clause must fill to speak of it, and words that make the
/// same cue something else ("war games", "Cold War").
/// </summary>
public sealed record ElapsedFact(string What, DateOnly Start, Cue Subject)
{
    public Cue? Excluding { get; init; }

    /// <summary>
    /// Counted in days, not years ("the drills entered their third day"), up to this last day: only
    /// the running day is read ("its Nth day"), and only on a day the article speaks from within the span.
    /// </summary>
    public DateOnly? LastDay { get; init; }
}
