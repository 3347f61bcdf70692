using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Trump said the drone incursion into Poland "could have been a mistake": a possibility, not a verdict.</summary>
/// <remarks>
/// Flags the hedge dropped ("Trump said the incursion [|“was most likely a mistake”|]") or the
/// words given to someone else. Accepts "could have been a mistake", "may have been a mistake",
/// and Sikorski's and Tusk's answers in like words ("No, it wasn't a mistake").
/// </remarks>
public sealed class ZAP034TrumpCouldHaveBeenAMistake() : QuoteFidelityRule(ZapadQuotes.TrumpCouldHaveBeenAMistake)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.TrumpCouldHaveBeenAMistake,
        "Trump's \"could have been a mistake\" keeps its hedge and speaker",
        MessageFormat,
        RuleCategories.Quotes,
        Severity.Error,
        "On 11 September 2025 President Donald Trump said the drone incursion into Poland \"could have been a mistake\"; Sikorski answered \"No, it wasn't a mistake.\"",
        [Evidence.EcrMistake, Evidence.ArabNewsDrones],
        ["President Trump said the incursion \"was most likely a mistake\"", "Trump said it \"was a mistake\"", "Vance said it \"could have been a mistake\""],
        ["Trump said the incursion \"could have been a mistake\"", "Trump said it \"may have been a mistake\"", "\"No, it wasn't a mistake,\" said Sikorski"]);
}
