using Microsoft.CodeAnalysis.Text;

namespace Consistency.Rules.Corpus;

/// <summary>
/// What one article says of one fact of the story: the value as the rule normalised it, where the
/// words stand, and who the article says gave it. A corpus rule records these while articles are
/// analysed; nothing of the article's text is kept beyond the span and the words themselves.
/// </summary>
/// <param name="Fact">The fact, as the matrix's row names it ("Zapad-2025 troops").</param>
/// <param name="Value">The value as shown in the matrix and messages ("30,000").</param>
/// <param name="Amount">The value as a number, for comparing within a tolerance; null when the fact is not a quantity.</param>
/// <param name="Span">The words giving the value.</param>
public sealed record Observation(string Fact, string Value, decimal? Amount, TextSpan Span)
{
    /// <summary>The words naming who gave the value ("Lithuania", "analysts"), or null when the article states it as fact.</summary>
    public string? Source { get; init; }

    /// <summary>The canonical party behind <see cref="Source"/> when the story knows it ("lithuania"), else null.</summary>
    public string? Party { get; init; }

    /// <summary>What narrows the value ("in Belarus"), or null.</summary>
    public string? Qualifier { get; init; }

    /// <summary>
    /// The value is words someone said, as this article renders them (a quote), not a figure or a
    /// name: the matrix lists such facts as quote groups with word diffs, not as cells with a status.
    /// </summary>
    public bool IsQuote { get; init; }

    public bool IsStatedAsFact => Source is null;

    /// <summary>How far apart two amounts may be and still be one figure: "about 7,000" and "6,850".</summary>
    public const decimal DefaultTolerance = 0.1m;

    /// <summary>How far another amount may stray from this one and still be the same figure (a share of the larger): the fact's own rounding, or the band a hedge allows.</summary>
    public decimal Tolerance { get; init; } = DefaultTolerance;

    /// <summary>Both values speak of the same thing: the same fact, and the same place, or either for the whole.</summary>
    public bool SameScopeAs(Observation other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Fact == other.Fact && (Qualifier is null || other.Qualifier is null || Qualifier == other.Qualifier);
    }

    /// <summary>The same value: amounts within <see cref="Tolerance"/> of the other, or else the same words for it.</summary>
    public bool AgreesWith(Observation other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Amount is { } a && other.Amount is { } b
            ? Math.Abs(a - b) <= Math.Max(Math.Abs(b) * Tolerance, Math.Abs(a) * other.Tolerance)
            : Value == other.Value;
    }

    /// <summary>The same value given the same way: the same amount (or, without one, the same words for it).</summary>
    public bool SameAs(Observation other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Amount is { } a && other.Amount is { } b ? a == b : Value == other.Value;
    }
}
