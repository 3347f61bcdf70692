namespace Consistency.Packs.Zapad2025;

/// <summary>The established facts the rules assert (see the story file's confidence column; all H here).</summary>
public static class StoryFacts
{
    public const string Series = "Zapad";

    public const int CurrentEdition = 2025;

    public const int PreviousEdition = 2021;

    public const int CadenceYears = 4;

    /// <summary>Every Zapad edition: 2009, 2013, 2017, 2021, 2025.</summary>
    public static readonly IReadOnlyList<int> EditionYears = [2009, 2013, 2017, 2021, 2025];

    /// <summary>Exercises of the name before the joint series (the Soviet Zapad-81, Russia's Zapad-99): history, not editions of it.</summary>
    public static readonly IReadOnlyList<int> EarlierExercises = [1981, 1999];

    /// <summary>Countries whose observers were at the Borisovsky ground on 15 Sept (Belarusian Defence Ministry).</summary>
    public const int ObserverCountries = 23;

    /// <summary>Russia's own tally for events on Russian ground: representatives from 55 countries.</summary>
    public const int RussianTallyCountries = 55;
}
