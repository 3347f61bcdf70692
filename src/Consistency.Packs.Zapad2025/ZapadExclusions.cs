using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025;

/// <summary>What the story's events did not include (story file, sections 3–4).</summary>
public static class ZapadExclusions
{
    /// <summary>The drone that entered Romanian airspace on 13 September was not shot down: F-16s were scrambled and did not fire.</summary>
    public static readonly ExcludedAction RomanianDroneNotDowned = new(
        "Romanian F-16s were scrambled and did not shoot the drone down",
        [Cue.Any("drone", "drones", "UAV", "UAVs", "F", "jets", "fighters", "fighter", "aircraft", "planes"), Cue.Entity("romania")],
        [Deed.Phrasal("down", "shot", "shoot", "shooting", "shoots", "brought", "bring", "bringing"), Deed.Of("downed", "destroyed", "destroying", "neutralised", "neutralized"),
         Deed.Phrasal("out", "blasted", "blew", "knocked", "shot")]);

    /// <summary>The Borisovsky ground is north-east of Minsk: no other bearing.</summary>
    public static readonly ExcludedAction BorisovskyBearing = new(
        "The Borisovsky ground lies about 74 km north-east of Minsk",
        [Cue.Entity("minsk"), Cue.Any("ground", "range", "training", "site", "km", "kilometres", "kilometers").OrEntity("borisovsky")],
        [Deed.Phrasal("of", "south", "west", "southwest", "southeast", "northwest")]);
}
