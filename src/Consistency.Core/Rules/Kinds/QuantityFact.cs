namespace Consistency.Rules.Kinds;

/// <summary>
/// A counted fact of a story's model: what is counted (<see cref="Nouns"/> within a few words
/// after the number), what the sentence must speak of (<see cref="Context"/>, every cue), what
/// makes the same number a different count (<see cref="Excluding"/>: invitations, plans, another
/// tally), and its true <see cref="Figures"/>. <see cref="Source"/> is the party whose count the
/// fact is: a figure attributed to that very party and differing from it misquotes the source.
/// </summary>
public sealed record QuantityFact(string What, Cue Nouns, IReadOnlyList<Figure> Figures)
{
    public IReadOnlyList<Cue> Context { get; init; } = [];

    public Cue? Excluding { get; init; }

    /// <summary>How many words after the number may stand before its noun ("52 political prisoners": 2).</summary>
    public int NounWithin { get; init; } = 3;

    public string? Source { get; init; }

    /// <summary>
    /// Context and exclusions are looked for in the number's clause, not its whole sentence: for a
    /// fact that sentences list beside others ("Zapad-81, which put 150,000 in the field, and Zapad-99").
    /// </summary>
    public bool InClause { get; init; }

    /// <summary>
    /// The fact counts a part of a larger count ("52 freed, 14 of them foreign nationals"): "N of
    /// them" is read as the count, where other facts pass over a partitive "of" ("14 of the 52 prisoners").
    /// </summary>
    public bool CountsPart { get; init; }

    /// <summary>
    /// A number at least this large with no noun after it counts when its clause is about the fact
    /// ("Zapad-2013 brought some 22,000 to the ranges"); null: a noun is always needed. Set above any
    /// year, so "Zapad-2013" itself never counts.
    /// </summary>
    public decimal? BareFrom { get; init; }

    /// <summary>
    /// The context may be named in the sentence before ("Zapad-2021 ran from 10 to 16 September 2021.
    /// Moscow claimed around 100,000 troops took part."), as long as the number's own sentence names
    /// none of the exclusions.
    /// </summary>
    public bool ContextInSentenceBefore { get; init; }

    /// <summary>How far a plain figure may stray from a true one and still be it (0.02 = 2 %; a distance "about 70 km" for 74).</summary>
    public decimal Tolerance { get; init; } = DefaultTolerance;

    /// <summary>Rounding for large figures (2 %); a count under a hundred held to it is exact, unless a fact sets its own tolerance.</summary>
    public const decimal DefaultTolerance = 0.02m;
}
