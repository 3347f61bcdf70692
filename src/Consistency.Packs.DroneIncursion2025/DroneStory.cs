using Consistency.Rules.Kinds;

namespace Consistency.Packs.DroneIncursion2025;

/// <summary>
/// The story model of the drone incursion into Poland, declared once (FACTS.md): its dated events,
/// counted facts, offices and the site where a house was hit. Each rule asserts one fact of it
/// through a kind of check of the engine.
/// </summary>
public static class DroneStory
{
    public static IReadOnlyList<StoryEvent> Calendar => DroneCalendar.Events;

    public static IReadOnlyList<QuantityFact> Figures => [DroneFigures.AirspaceViolations, DroneFigures.AirportsClosed, DroneFigures.GermanEurofighters, DroneFigures.FrenchRafales];

    public static IReadOnlyList<Office> Offices => DroneOffices.All;

    public static IReadOnlyList<SiteFact> Sites => [DroneSites.Wyryki];
}
