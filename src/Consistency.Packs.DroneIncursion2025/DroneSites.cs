using Consistency.Rules.Kinds;

namespace Consistency.Packs.DroneIncursion2025;

/// <summary>Where the story's sites lie (FACTS.md, section 2).</summary>
public static class DroneSites
{
    /// <summary>Wyryki, the village whose house was hit by drone debris, is in the Lublin province (Włodawa county).</summary>
    public static readonly SiteFact Wyryki = new("Wyryki, the village where a house was hit, is in the Lublin province", "wyryki", ["lublin-province"]);
}
