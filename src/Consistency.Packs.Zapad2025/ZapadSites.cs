using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025;

/// <summary>Where the story's sites lie (story file, section 2).</summary>
public static class ZapadSites
{
    /// <summary>Mulino, the main Russian site, which Putin visited on 16 September, is in the Nizhny Novgorod region.</summary>
    public static readonly SiteFact Mulino = new("Mulino, the main Russian site, is in the Nizhny Novgorod region", "mulino", ["nizhny-novgorod"]);

    /// <summary>The Borisovsky ground, the main Belarusian site near Barysaw, is in the Minsk region (not the city).</summary>
    public static readonly SiteFact Borisovsky = new("The Borisovsky training ground, the main Belarusian site near Barysaw, is in the Minsk region", "borisovsky", ["minsk-region"]);
}
