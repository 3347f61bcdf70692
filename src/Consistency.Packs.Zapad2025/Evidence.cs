namespace Consistency.Packs.Zapad2025;

/// <summary>The public pages the story's facts rest on; a rule's help link is the first page of its fact.</summary>
public static class Evidence
{
    public static readonly Uri UsObserversAttend = new("https://kyivindependent.com/us-observers-attend-russia-belarus-zapad-2025-drills/");
    public static readonly Uri MoscowTimesBorder = new("https://www.themoscowtimes.com/2025/09/11/russia-urges-poland-to-reopen-belarus-border-a90505");
    public static readonly Uri BeltaDefenceReport = new("https://eng.belta.by/society/view/zapad-2025-oreshnik-missiles-response-to-threats-in-defense-ministers-report-to-belarus-president-170456-2025");
    public static readonly Uri TroopsArriveInBelarus = new("https://kyivindependent.com/russian-troops-arrive-in-belarus-ahead-of-massive-zapad-2025-drills");
    public static readonly Uri InterfaxUnionResolve = new("https://interfax.com/newsroom/top-stories/73824/");
    public static readonly Uri TassObservers = new("https://tass.com/defense/2016779");
    public static readonly Uri PravdaObservers = new("https://www.pravda.com.ua/eng/news/2025/09/15/7530959/");
    public static readonly Uri MoscowTimesUsOfficers = new("https://www.themoscowtimes.com/2025/09/16/us-military-officers-visit-belarus-to-observe-zapad-2025-exercises");
}
