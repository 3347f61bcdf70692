using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025;

/// <summary>
/// The story model's counted facts (story file, sections 1–5), declared once; each rule of the
/// "quantity" kind holds one of them.
/// </summary>
public static class ZapadFigures
{
    private static readonly Cue TroopNouns = Cue.Any("troops", "soldiers", "servicemen", "personnel", "participants", "military", "men", "service");

    /// <summary>Prisoners Belarus freed: 52 on 11 September; 14 in June (and 14 foreign nationals among the 52); 123 in December.</summary>
    public static readonly QuantityFact PrisonersFreed = new(
        "prisoners freed on 11 September",
        Cue.Any("prisoners", "detainees", "inmates", "captives", "people", "political", "prisoner"),
        [
            new(52),
            new(14, When: Cue.Any("June").OrEntity("tsikhanouski", "kellogg")),
            new(123, When: Cue.Any("December")),
        ])
    {
        Context = [Cue.Any("freed", "released", "release", "pardoned", "free", "freeing", "releasing", "pardon", "pardoning")],
        NounWithin = 2,
    };

    /// <summary>
    /// Observers at the Borisovsky ground on 15 September came from 23 countries (Belarusian Defence
    /// Ministry: its count). Russia's own tally for events on its ground was representatives from 55
    /// countries (not at Borisovsky); "22 other countries" counts the rest beside one named.
    /// </summary>
    public static readonly QuantityFact ObserverCountries = new(
        "countries whose observers were at the Borisovsky ground",
        Cue.Any("countries", "nations", "states", "country", "nation", "state"),
        [new(23), new(StoryFacts.RussianTallyCountries, "russia", When: Cue.Entity("russia", "mulino"), Unless: Cue.Entity("borisovsky")), new(22, When: Cue.Any("other"))])
    {
        Context = [Cue.Any(
            "observer", "observers", "delegation", "delegations", "representative", "representatives", "attaché", "attachés",
            "attache", "attaches", "guests", "watched", "observed", "observing", "attended", "attending", "present", "visitors")],
        Excluding = Cue.Any("invited", "invitations", "invitation", "inviting", "invite", "accredited", "accreditation"),
        Source = "belarus",
    };

    /// <summary>The Borisovsky training ground lies about 74 km north-east of Minsk (near Barysaw).</summary>
    public static readonly QuantityFact BorisovskyFromMinsk = new(
        "kilometres from Minsk to the Borisovsky ground",
        Cue.Any("km", "kilometres", "kilometers", "kilometre", "kilometer", "kms"),
        [new(74)])
    {
        Context = [Cue.Entity("minsk"), Cue.Any("ground", "range", "training", "site", "polygon").OrEntity("borisovsky")],
        Excluding = Cue.Any("border", "frontier").OrEntity("poland", "lithuania", "mulino"),
        NounWithin = 1,
        Tolerance = 0.15m,
    };

    /// <summary>The Soviet Zapad-81 of 1981 put about 150,000 troops in the field.</summary>
    public static readonly QuantityFact Zapad81Troops = new(
        "troops in the Soviet Zapad-81 (1981)", TroopNouns, [new(150_000)])
    {
        Context = [Cue.Any("Zapad-81").OrNumber("1981", "81")],
        InClause = true,
        // Another exercise's figure in the same sentence ("… and 200,000 in Zapad-2021").
        Excluding = Cue.Any("2009", "2013", "2017", "2021", "2025").OrNumber("2009", "2013", "2017", "2021", "2025", "1999", "99"),
    };

    /// <summary>Zapad-2021: about 200,000 troops as the Russian Defence Ministry claimed; Belarus counted about 12,800 on its own soil.</summary>
    public static readonly QuantityFact Zapad2021Troops = new(
        "troops in Zapad-2021", TroopNouns, [new(200_000, "russia"), new(12_800, "belarus")])
    {
        Context = [Cue.Any("2021").OrNumber("2021")],
        InClause = true,
        // A comparison with this year's drills ("these drills, about 7,000 troops, were smaller than in 2021") gives this year's figure.
        Excluding = Cue.Any("2025", "2017", "2013", "2009", "Putin", "Lithuania", "Lithuanian", "Breuer", "than", "smaller", "fewer", "larger", "bigger",
            "compared", "these", "this", "This", "These").OrNumber("2025", "2017", "2013", "2009"),
        Tolerance = 0.05m,
        BareFrom = 5_000,
        ContextInSentenceBefore = true,
    };

    /// <summary>Zapad-2017: officially 12,700 troops; Western estimates before the drills ran up to 100,000.</summary>
    public static readonly QuantityFact Zapad2017Troops = new(
        "troops in Zapad-2017", TroopNouns,
        [new(12_700), new(100_000, When: Cue.Any("estimate", "estimates", "estimated", "Western", "West", "NATO", "feared", "fears", "predicted", "warned", "expected", "speculation"))])
    {
        Context = [Cue.Any("2017").OrNumber("2017")],
        InClause = true,
        Excluding = Cue.Any("2025", "2021", "2013", "2009").OrNumber("2025", "2021", "2013", "2009"),
        Tolerance = 0.05m,
        BareFrom = 5_000,
    };

    /// <summary>Zapad-2013 (20–26 September 2013): about 12,900 troops.</summary>
    public static readonly QuantityFact Zapad2013Troops = new(
        "troops in Zapad-2013", TroopNouns, [new(12_900)])
    {
        Context = [Cue.Any("2013").OrNumber("2013")],
        InClause = true,
        Excluding = Cue.Any("2025", "2021", "2017", "2009").OrNumber("2025", "2021", "2017", "2009"),
        Tolerance = 0.05m,
        BareFrom = 5_000,
    };

    /// <summary>About 150 journalists from 15 countries were accredited to cover the drills.</summary>
    public static readonly QuantityFact JournalistCountries = new(
        "countries the accredited journalists came from", Cue.Any("countries", "nations", "states", "country"), [new(15)])
    {
        Context = [Cue.Any("journalists", "reporters", "correspondents", "media", "press", "journalist")],
        InClause = true,
        Excluding = Cue.Any("observers", "observer", "delegations", "attachés", "attaches", "NATO", "invited", "guests"),
        Source = "belarus",
    };

    /// <summary>Of the 52 prisoners freed on 11 September, 14 were foreign nationals.</summary>
    public static readonly QuantityFact ForeignNationalsFreed = new(
        "foreign nationals among the 52 freed", Cue.Any("foreign", "foreigners", "nationals", "non-Belarusians"), [new(14)])
    {
        Context = [Cue.Any("freed", "released", "prisoners", "pardoned", "detainees", "release")],
        Excluding = Cue.Any("June", "December", "Tsikhanouski"),
        CountsPart = true,
        NounWithin = 4,
        // "52 prisoners walked free. Lithuanian officials said 14 of them were foreign nationals."
        ContextInSentenceBefore = true,
    };

    /// <summary>Belarus invited all 56 states of the OSCE Vienna Document (and 25 more bilaterally).</summary>
    public static readonly QuantityFact OsceStatesInvited = new(
        "OSCE Vienna Document states Belarus invited", Cue.Any("states", "countries", "participants", "members", "nations", "participating"), [new(56)])
    {
        Context = [Cue.Any("OSCE", "Vienna")],
        Excluding = Cue.Any("troops", "servicemen", "soldiers", "bilaterally", "bilateral", "observers", "attachés", "attaches"),
        Source = "belarus",
    };

    /// <summary>Belarus notified the OSCE of about 6,850 troops (up to 7,000 in Belarus); 13,000 was the plan early in 2025.</summary>
    public static readonly QuantityFact OsceNotification = new(
        "troops Belarus notified to the OSCE", TroopNouns, [new(6_850), new(7_000)])
    {
        Context = [Cue.Any("OSCE", "notified", "notification", "notifying")],
        // An invitation count ("invited all 56 participants in the OSCE Vienna Document") counts states, not troops.
        Excluding = Cue.Any("planned", "plan", "plans", "initially", "originally", "earlier", "halved", "cut", "Lithuania", "Lithuanian", "Putin", "Breuer", "invited", "invitation", "invitations", "Vienna"),
        Source = "belarus",
    };
}
