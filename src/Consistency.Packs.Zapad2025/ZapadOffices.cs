using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025;

/// <summary>The story model's offices and who held them in 2025 (story file, sections 3–6).</summary>
public static class ZapadOffices
{
    private static readonly Cue Minister = Cue.Any("minister");

    private static readonly Cue Spokesperson = Cue.Any("spokeswoman", "spokesperson", "spokesman");

    public static readonly IReadOnlyList<Office> All =
    [
        new("Belarusian Defence Minister", [Cue.Any("defence", "defense"), Minister], ["khrenin"]),
        new("Chief of the General Staff", [Cue.Any("chief"), Cue.Any("general"), Cue.Any("staff")], ["muraveiko"]),
        new("aide to the defence minister", [Cue.Any("aide", "assistant", "adviser", "advisor")], ["revenko"]),
        new("head of international military cooperation", [Cue.Any("international"), Cue.Any("cooperation", "co-operation")], ["revenko"]),
        new("Foreign Ministry spokeswoman", [Spokesperson], ["zakharova"]),
        // The Kremlin speaks through Putin's press secretary, not the Foreign Ministry: "Kremlin spokeswoman Zakharova" misplaces her.
        new("Kremlin spokesman", [Cue.Any("Kremlin"), Spokesperson], ["peskov"]),
        // Belarus's ministry speaks through Khrenin and his officers; a title from a defence ministry given to Zakharova misplaces her.
        new("a Defence Ministry official", [Cue.Any("defence", "defense"), Cue.Any("ministry")], ["khrenin", "revenko", "muraveiko"]),
        new("Polish Foreign Minister", [Cue.Any("foreign"), Minister], ["sikorski"]),
        new("Polish Interior Minister", [Cue.Any("interior"), Minister], ["kierwinski"]),
        new("Polish Prime Minister", [Cue.Any("prime", "premier"), Minister.OrEntity("poland")], ["tusk"]),
        new("President", [Cue.Any("president")], ["lukashenko", "trump", "putin", "zelensky", "biden", "obama"]),
        new("Vice President", [Cue.Any("vice"), Cue.Any("president")], ["vance", "harris"]),
        new("envoy", [Cue.Any("envoy", "emissary")], ["coale", "kellogg", "witkoff"]),
    ];
}
