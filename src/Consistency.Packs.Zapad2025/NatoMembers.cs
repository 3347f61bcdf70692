namespace Consistency.Packs.Zapad2025;

/// <summary>The lexicon's countries that are NATO members, and the three whose observers were at Borisovsky.</summary>
internal static class NatoMembers
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "united-states", "turkey", "hungary", "germany", "france", "united-kingdom", "lithuania", "poland", "romania",
        "latvia", "estonia", "italy", "spain", "canada", "netherlands", "norway", "denmark", "belgium", "czechia",
        "slovakia", "bulgaria", "greece", "finland", "sweden", "portugal",
    };

    /// <summary>The NATO members among the 23 countries at the Borisovsky ground on 15 Sept.</summary>
    public static readonly IReadOnlySet<string> Observing = new HashSet<string>(StringComparer.Ordinal) { "united-states", "turkey", "hungary" };
}
