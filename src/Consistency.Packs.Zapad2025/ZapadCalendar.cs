using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025;

/// <summary>
/// The story model's dated events (story file, sections 2–5), each with the cues a clause must
/// fill to speak of it. Declared once; every rule of the "event's date" kind reads them.
/// </summary>
public static class ZapadCalendar
{
    private static DateOnly Sept(int day) => new(StoryFacts.CurrentEdition, 9, day);

    /// <summary>An earlier Zapad, named by its year ("Zapad-2013"), held on its own days: its year singles it out among the editions.</summary>
    private static StoryEvent Edition(int year, DateOnly first, DateOnly last)
    {
        var number = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new($"Zapad-{number}", first, last, [Cue.Any("Zapad", "West"), Cue.Number(number)]) { Marks = Cue.Number(number), ExactEnds = true };
    }

    private static readonly Cue Drones = Cue.Any("drone", "drones", "UAV", "UAVs");

    private static readonly Cue DrillNouns = Cue.Any("Zapad", "drills", "exercise", "exercises", "games", "maneuvers", "manoeuvres", "phase");

    private static readonly Cue Prisoners = Cue.Any("prisoners", "detainees", "inmates", "captives").OrEntity("tsikhanouski");

    private static readonly Cue Freed = Cue.Any("freed", "released", "pardoned", "release", "freeing", "free", "releases", "frees");

    private static readonly Cue Crossings = Cue.Any("border", "borders", "crossings", "crossing", "frontier", "checkpoints");

    public static readonly IReadOnlyList<StoryEvent> Events =
    [
        new("the drone incursion into Poland", Sept(9), Sept(10),
            [Drones, Cue.Any("entered", "crossed", "shot", "downed", "intercepted", "incursion", "incursions", "violated", "airspace", "raid", "attack", "flew"), Cue.Entity("poland")]),
        new("Poland's invoking of NATO's Article 4", Sept(10),
            [Cue.Any("Article"), Cue.Any("invoked", "invokes", "invoking", "requested", "requests", "triggered", "invoke", "activated")]),
        new("the drone over Romania", Sept(13), [Drones, Cue.Entity("romania")]),
        new("John Coale's visit to Minsk", Sept(11),
            [Cue.Any("met", "meets", "meeting", "visit", "visited", "visits", "arrived", "arrives", "traveled", "travelled", "travels", "talks",
                "trip", "handed", "hands", "delivered", "delivers", "sat", "sits", "passes", "passed").OrEntity("lukashenko"), Cue.Entity("coale")]),
        new("Keith Kellogg's visit to Minsk", new DateOnly(2025, 6, 21),
            [Cue.Any("met", "meets", "meeting", "visit", "visited", "visits", "arrived", "talks", "trip").OrEntity("lukashenko"), Cue.Entity("kellogg")]),
        new("the release of 52 prisoners", Sept(11), [Freed, Prisoners]) { Marks = Cue.Any("September", "Sept").OrNumber("52").OrEntity("coale", "statkevich") },
        new("the release of 14 prisoners including Siarhei Tsikhanouski", new DateOnly(2025, 6, 21), [Freed, Prisoners])
        {
            Marks = Cue.Any("June").OrNumber("14").OrEntity("kellogg", "tsikhanouski"),
        },
        new("the release of 123 prisoners", new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31), [Freed, Prisoners])
        {
            Marks = Cue.Any("December", "Dec").OrNumber("123"),
        },
        new("Tusk's announcement that the crossings would close", Sept(9),
            [Cue.Any("announced", "announces", "announcing", "announcement", "said", "says", "declared", "ordered"),
             Cue.Any("border", "borders", "crossings", "crossing", "frontier", "closure", "close", "closing", "shut"), Cue.Entity("tusk")]),
        // "Midnight on Thursday" and "midnight on 12 September" both name the night of the 11th to the 12th.
        new("the closure of Poland's crossings with Belarus (from midnight on 12 September)", Sept(11), Sept(12),
            [Cue.Any("closed", "closes", "close", "closing", "closure", "shut", "shuts", "sealed", "seals"), Crossings, Cue.Entity("poland", "belarus")]),
        new("the reopening of Poland's crossings with Belarus", Sept(25),
            [Cue.Any("reopened", "reopens", "reopen", "reopening"), Crossings]),
        new("the closure of Poland's crossings with Belarus", Sept(12), Sept(24),
            [Cue.Any("closed", "closure", "shut", "sealed", "closing", "shutting", "sealing", "reopened", "reopens", "reopen", "reopening", "lasted", "after"), Crossings])
            { LengthOnly = true },
        new("NATO's announcement of Eastern Sentry", Sept(12),
            [Cue.Any("Sentry"), Cue.Any("announced", "announces", "launched", "launches", "unveiled", "unveils", "began", "begins", "started", "starts", "set")]),
        new("the start of Zapad-2025", Sept(12),
            [Cue.Any("began", "begun", "begin", "begins", "started", "start", "starts", "kicked", "opened", "launched", "commenced", "opening"), DrillNouns])
            { Recurring = true },
        new("the end of Zapad-2025", Sept(16),
            [Cue.Any("ended", "ends", "end", "concluded", "concludes", "conclude", "closed", "closes", "wrapped", "wraps", "finished", "finishes", "finish", "until", "through", "till"), DrillNouns])
            { Recurring = true },
        new("Zapad-2025", Sept(12), Sept(16),
            [DrillNouns, Cue.Any("run", "ran", "lasted", "lasting", "last", "long", "drills", "exercise", "exercises", "manoeuvres", "maneuvers", "games")])
            { Recurring = true, LengthOnly = true, ExactEnds = true },
        new("the US officers' visit to the Borisovsky ground", Sept(15),
            [Cue.Any("officers", "officer", "attachés", "attaches", "colonels"),
             Cue.Any("visit", "visited", "attended", "watched", "observed", "appearance", "arrived", "toured", "presence", "attendance", "greeted", "welcomed", "shook"),
             Cue.Entity("united-states")]) { Recurring = true },
        new("Putin's visit to Mulino", Sept(16),
            [Cue.Any("visited", "visit", "visits", "watched", "watches", "arrived", "arrives", "toured", "tours", "attended", "attends", "inspected", "inspects", "observed", "observes"),
             Cue.Entity("putin"), Cue.Entity("mulino")]) { Recurring = true },
        new("the observers' day at the Borisovsky ground", Sept(15),
            [Cue.Any("received", "receives", "hosted", "hosts", "welcomed", "welcomes", "visited", "visit", "visits", "attended", "attends", "watched", "watch", "arrived", "came", "toured", "gathered"),
             Cue.Any("observers", "attachés", "attaches", "guests", "delegations", "delegates"), Cue.Number("23").OrEntity("borisovsky")]) { Recurring = true },
        Edition(2009, new DateOnly(2009, 9, 1), new DateOnly(2009, 9, 30)),
        Edition(2013, new DateOnly(2013, 9, 20), new DateOnly(2013, 9, 26)),
        Edition(2017, new DateOnly(2017, 9, 14), new DateOnly(2017, 9, 20)),
        Edition(2021, new DateOnly(2021, 9, 10), new DateOnly(2021, 9, 16)),
        new("Union Resolve-2022", new DateOnly(2022, 2, 10), new DateOnly(2022, 2, 20), [Cue.Any("Resolve")]) { Recurring = true },
        new("the Kalibr launch from the submarine Arkhangelsk", Sept(12), Sept(16),
            [Cue.Any("Kalibr"), Cue.Any("launched", "fired", "launch", "test-fired", "firing")]),
        new("Belavia's designation under US sanctions", new DateOnly(2023, 8, 1), new DateOnly(2023, 8, 31),
            [Cue.Any("sanctions", "sanctioned", "blacklisted", "blacklist", "designated", "designation"), Cue.Entity("belavia"), Cue.Any("since", "imposed", "placed", "first"),
             Cue.Entity("united-states")]),
        new("the easing of US sanctions on Belavia", Sept(11),
            [Cue.Any("eased", "eases", "easing", "lifted", "lifts", "lifting", "relief", "ease", "lift", "removed"), Cue.Entity("belavia")]),
        new("Donald Trump's inauguration", new DateOnly(2025, 1, 20),
            [Cue.Entity("trump"), Cue.Any("inaugurated", "sworn", "inauguration", "since", "took", "office", "returned")]),
        new("Russia's full-scale invasion of Ukraine", new DateOnly(2022, 2, 24),
            [Cue.Any("invasion", "invaded", "invade", "invading"), Cue.Entity("ukraine")]),
    ];
}
