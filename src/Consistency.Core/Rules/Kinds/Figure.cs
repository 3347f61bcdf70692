namespace Consistency.Rules.Kinds;

/// <summary>
/// One true value of a counted fact: what a party gave (<see cref="Party"/>, null when the figure
/// is the established one), or what holds only when the sentence says so (<see cref="When"/>: the
/// 14 freed in June, the 123 freed in December), and not where the sentence names what makes it
/// another count in the figure's own clause (<see cref="Unless"/>: Russia's 55 countries counted events in Russia, not the
/// Borisovsky ground).
/// </summary>
public sealed record Figure(decimal Value, string? Party = null, Cue? When = null, Cue? Unless = null);
