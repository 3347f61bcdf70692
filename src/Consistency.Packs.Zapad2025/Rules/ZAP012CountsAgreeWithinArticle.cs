using Consistency.Claims;
using Consistency.Rules;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>An article gives one count for one thing: the US officers, the prisoners freed, the observer countries.</summary>
/// <remarks>
/// An internal contradiction, whatever the facts: "two US officers" in one paragraph and "[|three|]
/// U.S. officers" in another. Flags each later count that differs from the first, at warning.
/// Accepts the same count written twice in other words ("two" and "2"), and attributed counts.
/// </remarks>
public sealed class ZAP012CountsAgreeWithinArticle : Rule
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.CountsAgreeWithinArticle,
        "The article counts the same thing differently",
        "The article gives {0} as {1} elsewhere, {2} here",
        RuleCategories.Figures,
        Severity.Warning,
        "One article must not give two counts for the same thing; at least one of them is wrong.",
        [Evidence.MoscowTimesUsOfficers, Evidence.KyivIndependentPrisoners, Evidence.TassObservers],
        ["two US officers … three U.S. officers", "52 prisoners … 42 prisoners were freed"],
        ["two US officers … 2 U.S. officers", "two US officers … Lithuania says three officers came"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        // Only exact figures can disagree: the cheap test first, once, before the three readings of what a figure counts.
        var exactFigures = claims.Quantities.FindAll(q => q.Qualifier == Qualifier.Exact);
        if (exactFigures.Count < 2)
        {
            return;
        }

        Compare(context, "the US officers", exactFigures.Where(q => ZAP011TwoUsAirForceOfficers.IsUsOfficerCount(claims, q)));
        Compare(context, "the prisoners freed", exactFigures.Where(q => Consistency.Rules.Kinds.QuantityRule.IsPlainCountOf(claims, q, ZapadFigures.PrisonersFreed)));
        Compare(context, "the observer countries", exactFigures.Where(q => Consistency.Rules.Kinds.QuantityRule.IsPlainCountOf(claims, q, ZapadFigures.ObserverCountries)));
    }

    private static void Compare(RuleContext context, string what, IEnumerable<QuantityClaim> exactCounts)
    {
        var exact = exactCounts.Where(q => context.Claims.AttributionFor(q) is null).ToList();
        if (exact.Count < 2)
        {
            return;
        }

        var first = exact[0];
        foreach (var later in exact.Skip(1).Where(q => q.Value != first.Value))
        {
            context.Report(later.Span, what, Wording.Number(first.Value), Wording.Number(later.Value));
        }
    }
}
