using Consistency.Claims;
using Consistency.Rules;

namespace Consistency.Packs.DroneIncursion2025;

/// <summary>The drone incursion into Poland on the night of 9–10 September 2025, and NATO's answer, Eastern Sentry.</summary>
/// <remarks>Partial: the source generator lists every rule class of this assembly in the other part.</remarks>
public sealed partial class DroneIncursion2025Pack : RulePack
{
    private static readonly Lexicon SharedLexicon = DroneLexicon.Create();

    public override string Name => "Drone-Incursion-2025";

    public override Lexicon Lexicon => SharedLexicon;
}
