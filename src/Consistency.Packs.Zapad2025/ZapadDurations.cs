using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025;

/// <summary>What had lasted since a known day in the story model (story file, section 5).</summary>
public static class ZapadDurations
{
    /// <summary>Russia's full-scale invasion of Ukraine began on 24 February 2022: in September 2025 the war was in its fourth year.</summary>
    public static readonly ElapsedFact WarInUkraine = new(
        "Russia's full-scale war in Ukraine", new DateOnly(2022, 2, 24), Cue.Any("war", "invasion", "conflict", "fighting").OrEntity("ukraine"))
    {
        Excluding = Cue.Any("games", "Cold", "World", "exercise", "exercises", "drills", "Zapad"),
    };

    /// <summary>Zapad-2025 ran from Friday 12 to Tuesday 16 September: on Monday 15 it was in its fourth day.</summary>
    public static readonly ElapsedFact Zapad2025Days = new(
        "Zapad-2025", new DateOnly(StoryFacts.CurrentEdition, 9, 12), Cue.Any("Zapad", "drills", "exercise", "exercises", "manoeuvres", "maneuvers", "games"))
    {
        LastDay = new DateOnly(StoryFacts.CurrentEdition, 9, 16),
        Excluding = Cue.Any("2021", "2017", "2013", "2009").OrNumber("2021", "2017", "2013", "2009"),
    };
}
