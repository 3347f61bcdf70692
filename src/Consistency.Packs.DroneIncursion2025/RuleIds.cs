namespace Consistency.Packs.DroneIncursion2025;

/// <summary>The one place that owns this pack's rule IDs (DRN: the drone incursion).</summary>
public static class RuleIds
{
    public const string EventsOnTheirDays = "DRN001";
    public const string NineteenIncursions = "DRN002";
    public const string FourAirportsClosed = "DRN003";
    public const string WyrykiInLublinProvince = "DRN004";
    public const string PeopleHeldTheirOffices = "DRN005";
    public const string GermanyFourEurofighters = "DRN006";
    public const string FranceThreeRafales = "DRN007";
}
