using Consistency.Claims;
using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Two US Air Force officers, both lieutenant colonels and defence attachés, attended on 15 September.</summary>
/// <remarks>
/// Flags another number of US officers ("[|three|] U.S. officers") and another service
/// ("two US [|Army|] officers"). Accepts "two US Air Force officers", "two American officers",
/// "two lieutenant colonels", "a pair of attachés", and officers of other countries.
/// </remarks>
public sealed class ZAP011TwoUsAirForceOfficers : Rule
{
    internal static readonly WordSet OfficerNouns = new(["officers", "officer", "attachés", "attaches", "attaché", "attache", "colonels"]);

    private static readonly WordSet OtherServices = new(["Army", "Navy", "Marine", "Marines", "Navy's", "Army's"]);

    public override RuleDescriptor Descriptor { get; } = ZapadDescriptor.Create(
        RuleIds.TwoUsAirForceOfficers,
        "Two US Air Force officers attended",
        "Two US Air Force officers attended the drills; the article says {0}",
        RuleCategories.Observers,
        Severity.Error,
        "Two uniformed US Air Force officers, both lieutenant colonels and defence attachés, attended the visitor day on 15 September.",
        [Evidence.MoscowTimesUsOfficers, Evidence.KrdoUsObserves],
        ["three U.S. officers watched", "two US Army officers", "four American military attachés", "two U.S. Navy officers"],
        ["two US Air Force officers", "two American officers", "the two U.S. officers", "two Russian officers", "two lieutenant colonels"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        foreach (var quantity in claims.Quantities)
        {
            if (IsUsOfficerCount(claims, quantity) && !quantity.Range.Contains(2))
            {
                context.ReportContradiction(quantity.Span, $"{context.Article.Slice(quantity.Span)} officers");
            }
        }

        var syntax = claims.Syntax;
        foreach (var sentence in syntax.SentencesWith(OtherServices))
        {
            for (var t = Math.Max(1, syntax.Sentences[sentence].FirstToken); t < syntax.Sentences[sentence].EndToken; t++)
            {
                ReportOtherService(context, t);
            }
        }
    }

    /// <summary>"US Army officers", "U.S. Marine Corps officers": officers of a service that was not there.</summary>
    private static void ReportOtherService(RuleContext context, int t)
    {
        var claims = context.Claims;
        var syntax = claims.Syntax;
        var noun = syntax.IsWord(t + 1, "Corps") ? t + 2 : t + 1;
        if (syntax.Tokens[t].Has(Text.TokenFlags.Capitalized) && syntax.IsAnyWord(t, OtherServices)
            && syntax.IsAnyWord(noun, OfficerNouns) && IsUsBefore(claims, t))
        {
            context.ReportContradiction(syntax.SpanOf(t, noun), $"{syntax.Article.Slice(syntax.SpanOf(t, noun))} officers");
        }
    }

    /// <summary>"three U.S. officers", "two American military attachés": a count whose noun phrase names US officers.</summary>
    internal static bool IsUsOfficerCount(ArticleClaims claims, QuantityClaim quantity)
    {
        // "two US officers": the United States just after the figure, found by sentence range (rare,
        // so asked first), then the officer nouns (looked up by text).
        var (first, end) = ArticleClaims.RangeOf(claims.Entities, quantity.Sentence);
        var usAfter = false;
        for (var i = first; i < end && !usAfter; i++)
        {
            var e = claims.Entities[i];
            usAfter = e.EntityId == "united-states" && e.FirstToken >= quantity.EndToken && e.FirstToken <= quantity.EndToken + 2;
        }

        return usAfter && quantity.Counts(OfficerNouns, within: 4);
    }

    private static bool IsUsBefore(ArticleClaims claims, int service) =>
        claims.EntitiesBetween(Math.Max(0, service - 3), service).Any(e => e.EntityId == "united-states" && service - e.EndToken <= 1);
}
