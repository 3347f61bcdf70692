using Consistency.Claims;
using Consistency.Rules;

namespace Consistency.Packs.Zapad2025;

/// <summary>The Zapad-2025 story: Russia–Belarus strategic exercises and the US–Belarus thaw, September 2025.</summary>
/// <remarks>Partial: the source generator lists every rule class of this assembly in the other part.</remarks>
public sealed partial class Zapad2025Pack : RulePack
{
    private static readonly Lexicon SharedLexicon = ZapadLexicon.Create();

    public override string Name => "Zapad-2025";

    public override Lexicon Lexicon => SharedLexicon;
}
