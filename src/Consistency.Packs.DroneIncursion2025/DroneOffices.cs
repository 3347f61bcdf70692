using Consistency.Rules.Kinds;

namespace Consistency.Packs.DroneIncursion2025;

/// <summary>The offices of the story's people in September 2025 (FACTS.md, section 4).</summary>
public static class DroneOffices
{
    public static readonly IReadOnlyList<Office> All =
    [
        new("NATO Secretary General", [Cue.Any("secretary"), Cue.Any("general", "secretary-general")], ["rutte"]),
        new("Supreme Allied Commander Europe", [Cue.Any("supreme", "SACEUR"), Cue.Any("commander", "SACEUR")], ["grynkewich"]),
        new("Polish Prime Minister", [Cue.Any("prime", "premier")], ["tusk"]),
        new("President", [Cue.Any("president")], ["nawrocki", "zelensky", "trump", "putin"]),
    ];
}
