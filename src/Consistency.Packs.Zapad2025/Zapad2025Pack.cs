using Consistency.Claims;
using Consistency.Rules;

namespace Consistency.Packs.Zapad2025;

/// <summary>The Zapad-2025 story: Russia–Belarus strategic exercises and the US–Belarus thaw, September 2025.</summary>
public sealed class Zapad2025Pack : RulePack
{
    private static readonly Lexicon SharedLexicon = ZapadLexicon.Create();

    public override string Name => "Zapad-2025";

    public override Lexicon Lexicon => SharedLexicon;
}
