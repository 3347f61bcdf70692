using Consistency.Claims;
using Consistency.Rules;

namespace Consistency.Packs.Zapad2025;

/// <summary>The Zapad-2025 story: Russia–Belarus strategic exercises and the US–Belarus thaw, September 2025.</summary>
public sealed class Zapad2025Pack : RulePack
{
    private static readonly Lexicon SharedLexicon = ZapadLexicon.Create();

    /// <summary>The story model, built with the lexicon, before any article is read (see <see cref="ZapadStory.Build"/>).</summary>
    private static readonly int ModelParts = ZapadStory.Build();

    /// <summary>How many facts and events the story model declares (it is built once, with the pack).</summary>
    public static int StoryModelParts => ModelParts;

    public override string Name => "Zapad-2025";

    public override Lexicon Lexicon => SharedLexicon;
}
