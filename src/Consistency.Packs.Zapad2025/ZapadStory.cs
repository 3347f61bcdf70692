using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025;

/// <summary>
/// The story model of Zapad-2025, declared once (story file, sections 1–6): its dated events,
/// counted facts, offices, durations, what events did not include, where its sites lie, who did what, and what was said. Khrenin's words to the US officers are
/// recognised by their themes (<see cref="KhreninWords"/>), as their translations vary too much for key words. Each rule
/// asserts one fact of it through a kind of check of the engine.
/// </summary>
public static class ZapadStory
{
    public static IReadOnlyList<StoryEvent> Calendar => ZapadCalendar.Events;

    public static IReadOnlyList<QuantityFact> Figures =>
        [ZapadFigures.ObserverCountries, ZapadFigures.PrisonersFreed, ZapadFigures.Zapad81Troops, ZapadFigures.OsceNotification, ZapadFigures.BorisovskyFromMinsk,
         ZapadFigures.Zapad2021Troops, ZapadFigures.Zapad2017Troops, ZapadFigures.Zapad2013Troops, ZapadFigures.JournalistCountries, ZapadFigures.ForeignNationalsFreed,
         ZapadFigures.OsceStatesInvited];

    public static IReadOnlyList<Office> Offices => ZapadOffices.All;

    public static IReadOnlyList<ElapsedFact> Durations => [ZapadDurations.WarInUkraine, ZapadDurations.Zapad2025Days];

    public static IReadOnlyList<ExcludedAction> Exclusions =>
        [ZapadExclusions.RomanianDroneNotDowned, ZapadExclusions.BorisovskyBearing, ZapadExclusions.StatkevichStayed, ZapadExclusions.BelaviaReliefScope,
         ZapadExclusions.PolandInvokedArticle4, ZapadExclusions.KalibrInTheBarentsSea, ZapadExclusions.DrillSeas, ZapadExclusions.PolandSaidNoMistake, ZapadExclusions.NeighboursDeclined];

    public static IReadOnlyList<SiteFact> Sites => [ZapadSites.Mulino, ZapadSites.Borisovsky];

    public static IReadOnlyList<QuoteFact> Quotes => [ZapadQuotes.TuskClosestToConflict, ZapadQuotes.TrumpCouldHaveBeenAMistake, ZapadQuotes.ZakharovaConfrontational];

    public static IReadOnlyList<RoleFact> Roles => [ZapadRoles.PrisonersTakenToLithuania, ZapadRoles.BorderOrderSigner, ZapadRoles.ClosureAnnouncer];
}
