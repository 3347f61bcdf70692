namespace Consistency.Claims;

/// <summary>How a number is hedged in the text.</summary>
public enum Qualifier
{
    Exact,
    /// <summary>"about", "around", "roughly", "some", "approximately", "an estimated".</summary>
    Approximately,
    /// <summary>"nearly", "almost", "close to", "just under": a little below.</summary>
    Nearly,
    /// <summary>"up to", "as many as", "at most": no more than.</summary>
    AtMost,
    /// <summary>"fewer than", "less than", "under".</summary>
    LessThan,
    /// <summary>"at least".</summary>
    AtLeast,
    /// <summary>"more than", "over", "just over", "upwards of".</summary>
    MoreThan,
}
