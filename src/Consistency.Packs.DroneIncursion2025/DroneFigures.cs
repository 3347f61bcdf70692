using Consistency.Rules.Kinds;

namespace Consistency.Packs.DroneIncursion2025;

/// <summary>The story's counted facts (FACTS.md, sections 1–3), declared once; each quantity rule holds one of them.</summary>
public static class DroneFigures
{
    /// <summary>
    /// The Polish military counted 19 violations of Polish airspace by drones that night (Tusk to
    /// parliament, 10 September). Three or four of them were shot down; Russia's attack on Ukraine
    /// that night used about 415 drones: neither is the count of those that entered Poland.
    /// </summary>
    public static readonly QuantityFact AirspaceViolations = new(
        "drones that violated Polish airspace on the night of 9–10 September",
        Cue.Any("drones", "drone", "UAVs", "violations", "incursions", "objects", "Russian"),
        [new(19)])
    {
        Context = [Cue.Any("airspace", "entered", "crossed", "violated", "violating", "incursion", "incursions", "strayed", "flew", "into").OrEntity("poland")],
        Excluding = Cue.Any("shot", "downed", "destroyed", "intercepted", "neutralised", "neutralized", "eliminated", "launched", "fired", "aimed").OrEntity("ukraine", "romania"),
        NounWithin = 2,
        Source = "poland",
    };

    /// <summary>Four airports were closed during the incursion: Warsaw Chopin, Warsaw Modlin, Rzeszów–Jasionka and Lublin.</summary>
    public static readonly QuantityFact AirportsClosed = new(
        "Polish airports closed during the incursion",
        Cue.Any("airports", "airport", "major", "Polish", "international", "civilian"),
        [new(4)])
    {
        Context = [Cue.Any("closed", "shut", "suspended", "halted", "closure", "closures", "closing", "shutting")],
        NounWithin = 2,
    };

    /// <summary>Germany committed four Eurofighter Typhoons to Eastern Sentry. Only the type's name counts them: "three Rafale jets and Germany four Eurofighters" counts France's jets first.</summary>
    public static readonly QuantityFact GermanEurofighters = new(
        "Eurofighters Germany committed to Eastern Sentry",
        Cue.Any("Eurofighter", "Eurofighters", "Typhoons", "Typhoon"),
        [new(4)])
    {
        Context = [Cue.Entity("germany"), Cue.Any("Eurofighter", "Eurofighters", "Typhoons", "Typhoon")],
        NounWithin = 2,
    };

    /// <summary>France sent three Rafale fighters to Eastern Sentry.</summary>
    public static readonly QuantityFact FrenchRafales = new(
        "Rafale fighters France sent to Eastern Sentry",
        Cue.Any("Rafale", "Rafales"),
        [new(3)])
    {
        Context = [Cue.Entity("france"), Cue.Any("Rafale", "Rafales")],
        NounWithin = 2,
    };
}
