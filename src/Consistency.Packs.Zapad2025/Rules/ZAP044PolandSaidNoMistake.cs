using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Tusk and Sikorski said the drone incursion into Poland was not a mistake.</summary>
/// <remarks>
/// Answering Trump's "could have been a mistake", Tusk said on 12 September: "We would also wish that
/// the drone attack on Poland was a mistake. But it wasn't." Sikorski: "No, it wasn't a mistake."
/// Flags their words turned round, in quotes or in reported speech: "Tusk said the attack may well
/// have been a [|mistake|]". Accepts their denial, their wish, and Trump's words set against theirs.
/// The finding is a warning when it is attributed to them: the article misquotes its source.
/// </remarks>
public sealed class ZAP044PolandSaidNoMistake() : ExcludedActionRule(ZapadExclusions.PolandSaidNoMistake)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.PolandSaidNoMistake,
        "Tusk and Sikorski said the drone raid was no mistake",
        MessageFormat,
        RuleCategories.Quotes,
        Severity.Error,
        "Tusk (12 September 2025): \"We would also wish that the drone attack on Poland was a mistake. But it wasn't.\" Sikorski: \"No, it wasn't a mistake.\"",
        [Evidence.EcrMistake, Evidence.ArabNewsDrones],
        ["Tusk said the drone attack may well have been a mistake", "Sikorski conceded the incursion was an accident"],
        ["Tusk said it was not a mistake", "Sikorski: \"No, it wasn't a mistake.\"", "Tusk rejected Trump's claim that it could have been a mistake"]) with
    {
        // Their own words: giving them the opposite misquotes them.
        Sources = ["tusk", "sikorski"],
    };
}
