using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Maria Zakharova, the Russian Foreign Ministry's spokeswoman, called Poland's border steps "confrontational".</summary>
/// <remarks>
/// Flags the word given to someone else ("[|Dmitry Peskov|] called Warsaw's steps
/// “confrontational”"). Accepts Zakharova's word in her name or her ministry's, and the word in
/// quotes of people the story does not know.
/// </remarks>
public sealed class ZAP048ZakharovaCalledItConfrontational() : QuoteFidelityRule(ZapadQuotes.ZakharovaConfrontational)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.ZakharovaCalledItConfrontational,
        "Zakharova called Poland's steps \"confrontational\"",
        MessageFormat,
        RuleCategories.Quotes,
        Severity.Error,
        "Russian Foreign Ministry spokeswoman Maria Zakharova called Poland's border closure and related steps \"confrontational\" (The Moscow Times, 11 September 2025).",
        [Evidence.MoscowTimesBorder],
        ["Dmitry Peskov called Warsaw's steps \"confrontational\"", "Lukashenko called the closure \"confrontational\""],
        ["Maria Zakharova called Poland's steps \"confrontational\"", "Russia's Foreign Ministry called the steps \"confrontational\"", "Zakharova, the ministry's spokeswoman, called them \"confrontational\""]);
}
