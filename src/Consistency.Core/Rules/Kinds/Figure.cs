namespace Consistency.Rules.Kinds;

/// <summary>
/// One true value of a counted fact: what a party gave (<see cref="Party"/>, null when the figure
/// is the established one), or what holds only when the sentence says so (<see cref="When"/>: the
/// 14 freed in June, the 123 freed in December).
/// </summary>
public sealed record Figure(decimal Value, string? Party = null, Cue? When = null);
