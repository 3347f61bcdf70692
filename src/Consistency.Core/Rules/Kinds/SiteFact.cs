namespace Consistency.Rules.Kinds;

/// <summary>
/// Where a site of a story's model lies: the site's entity and the regions (entities of kind
/// "region") it is in. "Mulino, in the Nizhny Novgorod region".
/// </summary>
public sealed record SiteFact(string What, string Site, IReadOnlyList<string> Regions);
