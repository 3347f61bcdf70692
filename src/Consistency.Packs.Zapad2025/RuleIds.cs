namespace Consistency.Packs.Zapad2025;

/// <summary>The one place rule IDs are assigned. A rule file's name starts with its ID.</summary>
public static class RuleIds
{
    // Corpus rules, which compare articles with each other, from ZAP100.
    public const string TroopFigureStatedAsFact = "ZAP100";
    public const string KhreninWordsDrift = "ZAP101";
    public const string StatedValuesDisagree = "ZAP102";

    public const string CadenceIsFourYears = "ZAP001";
    public const string PreviousEditionWas2021 = "ZAP002";
    public const string CadenceMatchesEditions = "ZAP003";
    public const string ObserversFrom23Countries = "ZAP004";
    public const string EditionYears = "ZAP005";
    public const string TwoHundredThousandWasZapad2021 = "ZAP006";
    public const string AttributedTroopFigures = "ZAP007";
    public const string DatesMatchWeekdays = "ZAP008";
    public const string EventsOnTheirDays = "ZAP009";
    public const string NatoObservers = "ZAP010";
    public const string TwoUsAirForceOfficers = "ZAP011";
    public const string CountsAgreeWithinArticle = "ZAP012";
    public const string FiftyTwoPrisonersFreed = "ZAP013";
    public const string EnvoySentByTrump = "ZAP014";
    public const string OfficeHoldersIn2025 = "ZAP015";
    public const string EmbassySuspendedIn2022 = "ZAP016";
    public const string DrillsNotInMinsk = "ZAP017";
    public const string KhreninQuote = "ZAP018";
    public const string UsOfficersObservedOnly = "ZAP019";
    public const string Zapad81Troops = "ZAP020";
    public const string OsceNotification = "ZAP021";
    public const string PeopleHeldTheirOffices = "ZAP022";
    public const string WarInItsFourthYear = "ZAP023";
    public const string RomanianDroneNotDowned = "ZAP024";
    public const string PrisonersTakenToLithuania = "ZAP025";
    public const string BorderOrderSignedByKierwinski = "ZAP026";
    public const string BorisovskyDistanceFromMinsk = "ZAP027";
    public const string BorisovskyNorthEastOfMinsk = "ZAP028";
    public const string StatkevichStayed = "ZAP029";
    public const string BelaviaReliefScope = "ZAP030";
    public const string MulinoInNizhnyNovgorodRegion = "ZAP031";
    public const string PolandInvokedArticle4 = "ZAP032";
    public const string TuskClosestToConflict = "ZAP033";
    public const string TrumpCouldHaveBeenAMistake = "ZAP034";
    public const string Zapad2021Troops = "ZAP035";
    public const string Zapad2017Troops = "ZAP036";
    public const string Zapad2013Troops = "ZAP037";
    public const string JournalistCountries = "ZAP038";
    public const string ForeignNationalsFreed = "ZAP039";
    public const string KalibrInTheBarentsSea = "ZAP040";
    public const string OsceStatesInvited = "ZAP041";
    public const string BorisovskyInMinskRegion = "ZAP042";
    public const string DrillSeas = "ZAP043";
    public const string PolandSaidNoMistake = "ZAP044";
    public const string NeighboursDeclined = "ZAP045";
    public const string DrillsRunningDay = "ZAP046";
    public const string ClosureAnnouncedByTusk = "ZAP047";
    public const string ZakharovaCalledItConfrontational = "ZAP048";
}
