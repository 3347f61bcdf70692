namespace Consistency.Reporting.Matrix;

/// <summary>How an article's value for a fact stands beside the other articles'.</summary>
public enum CellStatus
{
    /// <summary>The article gives no value for the fact.</summary>
    Silent,

    /// <summary>Every value the article gives is attributed to someone ("Lithuania says 30,000").</summary>
    Attributed,

    /// <summary>A value stated as fact that no other article gives a value beside.</summary>
    Stated,

    /// <summary>A value stated as fact that every other article's value for the fact agrees with.</summary>
    Agrees,

    /// <summary>A value stated as fact that every other article's value agrees with, though none gives it in the same words: another amount within the fact's tolerance ("about 7,000" beside "6,850") or other words for it ("nearly two dozen" beside "23").</summary>
    Variant,

    /// <summary>A value stated as fact that another article's value (stated or attributed) differs from.</summary>
    Contradicts,
}
