namespace Consistency.Packs.DroneIncursion2025;

/// <summary>The public pages the pack's facts rest on (FACTS.md cites each).</summary>
internal static class Evidence
{
    public static readonly Uri News24Timeline = new("https://news24daily.mydt.in/index.php/world-news/russian-drones-in-poland-historic-nato-article-4-activation-marks-first-military-action-by-alliance-member-in-ukraine-war");
    public static readonly Uri UkrinformTuskNineteen = new("https://www.ukrinform.de/amp/rubric-ato/4034965-19-russische-drohnen-verletzten-luftgrenze-polens-nur-4-wurden-abgeschossen-tusk.html");
    public static readonly Uri HvgTuskNineteen = new("https://24.hu/kulfold/2025/09/10/a-lengyelek-szerint-19-dron-hatolt-be-a-legterukbe-ejszaka/");
    public static readonly Uri NewsPravdaAirports = new("https://news-pravda.com/nato/2025/09/10/1673074.html");
    public static readonly Uri OnlineUaWyryki = new("https://news.online.ua/en/russian-drone-hits-house-in-poland-photo-896888/");
    public static readonly Uri UnnWyryki = new("https://unn.ua/en/news/russian-drone-crashed-into-a-residential-building-in-poland-roof-and-car-damaged-residents-alarmed");
    public static readonly Uri SentryMagazine = new("https://sentry-magazine.com/new-nato-operation-counters-russian-air-threats/");
    public static readonly Uri AnewsEasternSentry = new("https://www.anews.com.tr/world/2025/09/12/nato-launches-eastern-sentry-to-bolster-eastern-flank-rutte");
    public static readonly Uri FreePressEasternSentry = new("https://www.freepressjournal.in/world/nato-announces-defensive-initiative-eastern-sentry-after-russian-drones-cross-into-polish-airspace");
    public static readonly Uri EvrimAgaciContributions = new("https://evrimagaci.org/gpt/nato-launches-eastern-sentry-after-russian-drone-incursion-499738");
    public static readonly Uri UnnTuskNawrocki = new("https://unn.ua/en/news/large-scale-provocation-tusk-stated-that-poland-is-ready-to-shoot-down-russian-drones");
}
