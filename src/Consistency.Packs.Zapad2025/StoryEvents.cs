namespace Consistency.Packs.Zapad2025;

/// <summary>The dated events of September 2025 that articles put on a day (story file, sections 2–5).</summary>
internal static class StoryEvents
{
    private static readonly string[] Drones = ["drone", "drones", "UAV", "UAVs"];

    public static readonly IReadOnlyList<StoryEvent> All =
    [
        new("the drone incursion into Poland (overnight Tuesday 9 to Wednesday 10 September)", [9, 10],
            [Drones, ["entered", "crossed", "shot", "downed", "intercepted", "incursion", "incursions", "violated", "airspace", "raid", "attack"], [""]])
            { Entities = ["", "", "poland"] },
        new("the drone over Romania (Saturday 13 September)", [13],
            [Drones, [""]]) { Entities = ["", "romania"] },
        new("John Coale's visit to Minsk (Thursday 11 September)", [11],
            [["met", "meets", "meeting", "visit", "visited", "visits", "arrived", "arrives", "traveled", "travelled", "travels", "talks",
              "trip", "handed", "hands", "delivered", "delivers", "sat", "sits", "passes", "passed"], [""]])
            { Entities = ["lukashenko", "coale"] },
        new("the release of the 52 prisoners (Thursday 11 September)", [11],
            [["freed", "released", "pardoned", "release", "freeing", "free"], ["prisoners", "detainees", "inmates"]]),
        new("the start of Zapad-2025 (Friday 12 September)", [12],
            [["began", "begun", "begin", "begins", "started", "start", "starts", "kicked", "opened", "launched", "commenced", "opening"],
             ["Zapad", "drills", "exercise", "exercises", "games", "maneuvers", "manoeuvres", "phase"]]),
        new("the end of Zapad-2025 (Tuesday 16 September)", [16],
            [["ended", "ends", "end", "concluded", "concludes", "closed", "closes", "wrapped", "finished", "finishes"],
             ["Zapad", "drills", "exercise", "exercises", "games", "maneuvers", "manoeuvres"]]),
        new("the US officers' visit to the Borisovsky ground (Monday 15 September)", [15],
            [["officers", "officer", "attachés", "attaches", "colonels"], ["visit", "visited", "attended", "watched", "observed", "appearance", "arrived", "toured", "presence", "attendance", "greeted", "welcomed", "shook"], [""]])
            { Entities = ["", "", "united-states"] },
        new("Putin's visit to Mulino (Tuesday 16 September)", [16],
            [["visited", "visit", "watched", "arrived", "toured", "attended"], [""], [""]])
            { Entities = ["", "putin", "mulino"] },
    ];
}
