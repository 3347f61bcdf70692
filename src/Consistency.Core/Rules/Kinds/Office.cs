namespace Consistency.Rules.Kinds;

/// <summary>
/// An office of a story's model ("Defence Minister of Belarus"), recognised in a title by the cues
/// it needs, all of them ("defence" and "minister"; "chief", "general" and "staff"), and the people
/// who held it on the story's dates (entity IDs).
/// </summary>
public sealed record Office(string Name, IReadOnlyList<Cue> Keys, IReadOnlyList<string> Holders);
