using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025;

/// <summary>What the story's events did not include (story file, sections 2–5).</summary>
public static class ZapadExclusions
{
    /// <summary>The drone that entered Romanian airspace on 13 September was not shot down: F-16s were scrambled and did not fire.</summary>
    public static readonly ExcludedAction RomanianDroneNotDowned = new(
        "Romanian F-16s were scrambled and did not shoot the drone down",
        [Cue.Any("drone", "drones", "UAV", "UAVs", "F", "jets", "fighters", "fighter", "aircraft", "planes"), Cue.Entity("romania")],
        [Deed.Phrasal("down", "shot", "shoot", "shooting", "shoots", "brought", "bring", "bringing"), Deed.Of("downed", "destroyed", "destroying", "neutralised", "neutralized"),
         Deed.Phrasal("out", "blasted", "blew", "knocked", "shot"), Deed.Phrasal("on", "fired", "opened"), Deed.Phrasal("at", "fired"),
         Deed.Of("intercepted", "engaged", "struck")]);

    /// <summary>Mikalai Statkevich refused to leave: he did not go to Lithuania with the 52 freed on 11 September.</summary>
    public static readonly ExcludedAction StatkevichStayed = new(
        "Mikalai Statkevich refused to leave Belarus with the freed prisoners",
        [Cue.Entity("statkevich")],
        [Deed.Phrasal("border", "crossed"), Deed.Phrasal("into", "crossed", "went", "taken", "brought", "driven", "bussed", "bused", "moved", "escorted"),
         Deed.Phrasal("to", "taken", "brought", "driven", "flown", "bussed", "bused", "sent", "transferred", "escorted", "deported", "went", "travelled", "traveled"),
         Deed.Of("deported", "expelled", "exiled"), Deed.Phrasal("in", "arrived")])
    {
        Unless = Cue.Any("refused", "refusing", "refuses", "declined", "stayed", "remained"),
    };

    /// <summary>The US relief let Belavia service its fleet and buy parts, Boeing parts among them; not new aircraft.</summary>
    public static readonly ExcludedAction BelaviaReliefScope = new(
        "The US relief let Belavia service its fleet and buy parts (including for Boeing aircraft), not buy new aircraft",
        [Cue.Any("airline", "carrier", "sanctions", "relief", "eased", "easing").OrEntity("belavia")],
        [Deed.Phrasal("new", "buy", "buying", "purchase", "purchasing", "acquire", "acquiring", "order", "ordering"),
         Deed.Phrasal("jets", "buy", "buying", "purchase", "purchasing", "acquire", "acquiring", "order", "ordering"),
         Deed.Phrasal("planes", "buy", "buying", "purchase", "purchasing", "acquire", "acquiring", "order", "ordering"),
         Deed.Phrasal("airliners", "buy", "buying", "purchase", "purchasing", "acquire", "acquiring", "order", "ordering")]);

    /// <summary>Poland invoked NATO's Article 4 (consultations) on 10 September, not Article 5 (collective defence).</summary>
    public static readonly ExcludedAction PolandInvokedArticle4 = new(
        "Poland invoked NATO's Article 4 (consultations) on 10 September 2025, not Article 5",
        [Cue.Any("invoked", "invoke", "invokes", "invoking", "triggered", "trigger", "triggers", "triggering", "activated", "activate", "requested", "request",
            "requesting", "used", "citing", "cited"), Cue.Entity("poland")],
        [Deed.Phrasal("5", "Article", "article")])
    {
        // "Poland invoked Article 4, stopping short of Article 5": the sentence weighs the two, and says which.
        Unless = Cue.Any("short", "rather", "instead", "unlike", "beyond", "not", "never", "without").OrNumber("4"),
    };

    /// <summary>The Kalibr from the submarine Arkhangelsk was fired at a target in the Barents Sea.</summary>
    public static readonly ExcludedAction KalibrInTheBarentsSea = new(
        "The Kalibr launched from the submarine Arkhangelsk hit a target in the Barents Sea",
        [Cue.Any("Kalibr", "Arkhangelsk", "cruise", "missile", "submarine")],
        [Deed.Phrasal("Sea", "Baltic", "Black", "Caspian", "Norwegian", "White")])
    {
        Unless = Cue.Any("Barents"),
    };

    /// <summary>The Borisovsky ground is north-east of Minsk: no other bearing.</summary>
    public static readonly ExcludedAction BorisovskyBearing = new(
        "The Borisovsky ground lies about 74 km north-east of Minsk",
        [Cue.Entity("minsk"), Cue.Any("ground", "range", "training", "site", "km", "kilometres", "kilometers").OrEntity("borisovsky")],
        [Deed.Phrasal("of", "south", "west", "southwest", "southeast", "northwest"), Deed.Phrasal("from", "south", "west", "southwest", "southeast", "northwest")]);

    /// <summary>Zapad-2025 ran in Belarus, Russia and the Baltic and Barents seas: no other sea.</summary>
    public static readonly ExcludedAction DrillSeas = new(
        "Zapad-2025 was held in Belarus, Russia, and the Baltic and Barents seas",
        [Cue.Any("Zapad", "drills", "drill", "drilled", "exercise", "exercises", "exercised", "manoeuvres", "maneuvers", "games")],
        [Deed.Phrasal("Sea", "Black", "Caspian", "White", "Norwegian", "Azov", "North"), Deed.Phrasal("seas", "Black", "Caspian", "White", "Norwegian", "Azov", "North"),
         Deed.Phrasal("Seas", "Black", "Caspian", "White", "Norwegian", "Azov", "North")])
    {
        // "Russia's Black Sea Fleet", "NATO's own drills in the Black Sea, unlike Zapad": another force, another exercise.
        Unless = Cue.Any("Fleet", "fleet", "unlike", "NATO", "Ukraine", "Ukrainian"),
    };

    /// <summary>
    /// Tusk and Sikorski said the drone raid was no mistake (answering Trump's "could have been a
    /// mistake"): words giving them a mistake, without the denial, turn their meaning round.
    /// </summary>
    public static readonly ExcludedAction PolandSaidNoMistake = new(
        "Tusk and Sikorski said the drone incursion was not a mistake (Tusk: \"We would also wish that the drone attack on Poland was a mistake. But it wasn't.\")",
        [Cue.Entity("tusk", "sikorski")],
        [Deed.Of("mistake", "accident", "accidental", "unintended", "unintentional", "error")])
    {
        // A denial, a wish, or Trump's words set against theirs: "Tusk rejected Trump's claim that it could have been a mistake".
        Unless = Cue.Any("not", "wasn't", "no", "never", "hardly", "rejected", "rejects", "dismissed", "dismisses", "denied", "denies", "wish", "wished",
            "deliberate", "intentional", "disputed", "disputes", "contradicted").OrEntity("trump"),
    };

    /// <summary>Poland, Lithuania and Latvia declined Belarus's invitation to observe the drills.</summary>
    public static readonly ExcludedAction NeighboursDeclined = new(
        "Poland, Lithuania and Latvia declined Belarus's invitation to observe the drills",
        [Cue.Entity("poland", "lithuania", "latvia")],
        [Deed.Of("accepted", "attended", "joined"), Deed.Phrasal("observers", "sent", "dispatched"), Deed.Phrasal("attachés", "sent", "dispatched"), Deed.Phrasal("invitation", "took")])
    {
        Context = [Cue.Any("invitation", "invitations", "invited", "invite", "observers", "observer", "attachés", "attaches", "visitor")],
        Listed = new(new HashSet<string>(StringComparer.Ordinal) { "poland", "lithuania", "latvia" },
            Cue.Any("declined", "refused", "rejected", "snubbed", "boycotted", "spurned"), "country"),
    };
}
