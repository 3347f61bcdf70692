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
    public static readonly Uri TassZapad2021Size = new("https://tass.com/defense/1337229");
    public static readonly Uri Azatutyun2021 = new("https://www.azatutyun.am/a/31452634.html");
    public static readonly Uri Vox2017 = new("https://www.vox.com/world/2017/9/19/16330004/zapad-2017-photos-russia-belarus-putin-cold-war");
    public static readonly Uri TassBelarusTroops = new("https://tass.com/world/2016857");
    public static readonly Uri LigaLithuania = new("https://news.liga.net/en/politics/news/lithuanian-intelligence-up-to-30-000-troops-to-take-part-in-joint-exercises-between-russia-and-belarus");
    public static readonly Uri TassPutinMulino = new("https://tass.com/politics/2017475");
    public static readonly Uri MoscowTimesScaleBack = new("https://www.themoscowtimes.com/2025/05/28/belarus-to-scale-back-joint-military-drills-with-russia-a89257");
    public static readonly Uri TassStart = new("https://tass.com/defense/2015891");
    public static readonly Uri MoscowTimesStart = new("https://www.themoscowtimes.com/2025/09/12/russia-and-belarus-begin-zapad-2025-military-exercises-a90510");
    public static readonly Uri TassDrones = new("https://tass.com/world/2014893");
    public static readonly Uri ArabNewsDrones = new("https://www.arabnews.com/node/2614757/world");
    public static readonly Uri PravdaRomania = new("https://www.pravda.com.ua/eng/news/2025/09/14/7530806/");
    public static readonly Uri SalemCoale = new("https://salemnewschannel.com/trump-envoy-tells-belarus-we-want-to-reopen-our-embassy-in-minsk-soon-and-normalise-ties");
    public static readonly Uri KyivIndependentPrisoners = new("https://kyivindependent.com/belarus-frees-52-prisoners-after-visit-by-us-envoy");
    public static readonly Uri TrtObservers = new("https://www.trtworld.com/article/1d7769cbf384");
    public static readonly Uri MoscowTimesUsOfficers = new("https://www.themoscowtimes.com/2025/09/16/us-military-officers-visit-belarus-to-observe-zapad-2025-exercises");
    public static readonly Uri KrdoUsObserves = new("https://krdo.com/news/national-world/cnn-world/2025/09/16/us-observes-belarus-russia-war-games-as-nato-allies-feel-the-heat-of-moscows-incursions/");
    public static readonly Uri Inauguration = new("https://www.siasat.com/photo-the-inauguration-of-donald-j-trump-as-the-47th-president-3168328/");
    public static readonly Uri EmbassySuspended = new("https://english.alarabiya.net/News/world/2022/02/28/US-authorizes-leave-for-staff-at-embassy-in-Russia-suspends-operations-in-Minsk");
    public static readonly Uri Embassy2008 = new("http://www.washingtonpost.com/wp-dyn/content/article/2008/03/07/AR2008030701965.html");
    public static readonly Uri PravdaObservers = new("https://www.pravda.com.ua/eng/news/2025/09/15/7530959/");
    public static readonly Uri TassBorderClosed = new("https://tass.com/world/2015257");
    public static readonly Uri TassBorderReopened = new("https://tass.com/world/2020193");
    public static readonly Uri InterfaxEasternSentry = new("https://en.interfax.com.ua/news/general/1103681.html");
    public static readonly Uri LivemintJuneRelease = new("https://www.livemint.com/politics/trump-envoy-s-belarus-visit-is-followed-by-prisoner-release/amp-11750535137286.html");
    public static readonly Uri OfacBelavia = new("https://exportprac.com/stories/ofac-gives-belarus-airline-wings,14271");
    public static readonly Uri TaNeaKalibr = new("https://www.tanea.gr/2025/09/15/world/vinteo-apo-tin-dokimi-rosikou-pyraylou-apo-pyriniko-ypovryxio-eikones-apo-ta-koina-stratiotika-gymnasia-rosias-leykorosias/");
    public static readonly Uri OnetHistory = new("https://wiadomosci.onet.pl/swiat/wkrotce-rosyjsko-bialoruskie-manewry-zapad-niemiecki-general-studzi-emocje/c49pfeq");
    public static readonly Uri TassInvitations = new("https://tass.com/defense/2001775");
    public static readonly Uri Aviationist2013 = new("https://theaviationist.com/2013/09/22/zapad-2013/");
    public static readonly Uri EcrMistake = new("https://www.ecr.co.za/news/news/poland-tells-trump-russian-drone-raid-not-mistake/");
}
