namespace Consistency.Claims;

/// <summary>How an article relates a named edition of a recurring event to the current one.</summary>
public enum EditionRelation
{
    /// <summary>Named only ("Zapad-2017", "the 2021 Zapad").</summary>
    Named,
    /// <summary>Called the one before the current edition ("the previous Zapad", "last held in 2021").</summary>
    Previous,
    /// <summary>Set against the current edition in a comparison ("fewer than the 200,000 in 2022").</summary>
    Earlier,
}
