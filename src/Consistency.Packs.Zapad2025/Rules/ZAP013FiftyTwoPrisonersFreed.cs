using Consistency.Claims;
using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Belarus freed 52 prisoners on 11 September 2025, the day of Coale's visit.</summary>
/// <remarks>
/// Flags another number freed: "Lukashenko released [|42|] political prisoners". Accepts "52
/// detainees", "fifty-two prisoners", the 14 foreign nationals among them, and the separate release
/// of 123 in December 2025 when the sentence says December.
/// </remarks>
public sealed class ZAP013FiftyTwoPrisonersFreed : Rule
{
    private static readonly WordSet December = new(["December"]);

    internal static readonly WordSet PrisonerNouns = new(["prisoners", "detainees", "inmates", "captives", "people", "political", "prisoner"]);

    private static readonly WordSet ReleaseWords = new(["freed", "released", "release", "pardoned", "free", "freeing", "releasing", "pardon", "pardoning"]);

    public override RuleDescriptor Descriptor { get; } = ZapadDescriptor.Create(
        RuleIds.FiftyTwoPrisonersFreed,
        "52 prisoners were freed",
        "52 prisoners were freed on 11 September; the article says \"{0}\"",
        RuleCategories.Figures,
        Severity.Error,
        "On 11 September 2025, after John Coale's visit, Belarus freed 52 prisoners and took them to Lithuania (a separate release in December 2025 freed 123).",
        [Evidence.KyivIndependentPrisoners, Evidence.SalemCoale],
        ["Lukashenko released 42 political prisoners", "the release of 25 detainees", "freed fifty prisoners"],
        ["52 political prisoners were freed", "the release of fifty-two detainees", "14 foreign nationals among the 52 freed", "123 prisoners freed in December", "Lukashenko agreed to free 52 prisoners"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        foreach (var quantity in claims.Quantities)
        {
            if (IsPrisonerRelease(claims, quantity) && !quantity.Range.Contains(52))
            {
                context.ReportContradiction(quantity.Span, context.Article.Slice(quantity.Span).ToString());
            }
        }
    }

    /// <summary>A count of prisoners in a sentence that speaks of their release.</summary>
    internal static bool IsPrisonerRelease(ArticleClaims claims, QuantityClaim quantity) =>
        claims.SentenceHas(quantity.Sentence, ReleaseWords) && quantity.Counts(PrisonerNouns, within: 2) // a bit test before the noun lookups
        && !claims.SentenceHas(quantity.Sentence, December); // the separate release of 123 in December 2025
}
