namespace Consistency.Packs.Zapad2025;

/// <summary>
/// A troop figure for Zapad-2025 as one party gave it; <see cref="Where"/> is "belarus", "russia" or
/// null for the whole exercise; <see cref="OfRussians"/> marks a count of the Russian troops only
/// (Lithuania's 2,000 Russians among the 8,000 in Belarus).
/// </summary>
internal sealed record TroopFigure(string Party, decimal Value, string? Where, bool OfRussians = false);
