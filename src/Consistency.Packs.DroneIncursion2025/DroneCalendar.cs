using Consistency.Rules.Kinds;

namespace Consistency.Packs.DroneIncursion2025;

/// <summary>The story's dated events (FACTS.md, sections 1 and 3), each with the cues a clause must fill to speak of it.</summary>
public static class DroneCalendar
{
    private static DateOnly Sept(int day) => new(DroneLexicon.StoryYear, 9, day);

    private static readonly Cue Drones = Cue.Any("drone", "drones", "UAV", "UAVs", "Gerbera", "Gerberas", "Shahed", "Shaheds");

    public static readonly IReadOnlyList<StoryEvent> Events =
    [
        // From about 23:30 on Tuesday the 9th to 06:45 on Wednesday the 10th.
        new("the drone incursion into Poland", Sept(9), Sept(10),
            [Drones, Cue.Any("entered", "crossed", "shot", "downed", "intercepted", "incursion", "incursions", "violated", "airspace", "flew", "strayed"), Cue.Entity("poland")]),
        new("Poland's request for NATO consultations under Article 4", Sept(10),
            [Cue.Any("Article"), Cue.Any("invoked", "invokes", "invoking", "requested", "requests", "triggered", "invoke", "activated", "activates")]),
        new("the closure of four Polish airports", Sept(10),
            [Cue.Any("airport", "airports", "Chopin", "Modlin"), Cue.Any("closed", "shut", "suspended", "halted", "closes", "closure")]),
        new("NATO's announcement of Eastern Sentry", Sept(12),
            [Cue.Any("Sentry"), Cue.Any("announced", "announces", "launched", "launches", "unveiled", "unveils", "began", "begins", "started", "starts")]),
    ];
}
