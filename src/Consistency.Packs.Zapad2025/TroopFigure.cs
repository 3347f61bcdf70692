namespace Consistency.Packs.Zapad2025;

/// <summary>A troop figure for Zapad-2025 as one party gave it; <see cref="Where"/> is "belarus", "russia" or null for the whole exercise.</summary>
internal sealed record TroopFigure(string Party, decimal Value, string? Where);
