using Humanizer;
using Consistency.Claims;
using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Two US Air Force officers, both lieutenant colonels and defence attachés, attended on 15 September.</summary>
/// <remarks>
/// Flags another number of US officers ("[|three|] U.S. officers"), another service
/// ("two US [|Army|] officers", "two officers of the US [|Army|]") and another rank ("both US
/// Air Force [|majors|]"). Accepts "two US Air Force officers", "two American officers",
/// "two lieutenant colonels", "a pair of attachés", and officers of other countries.
/// </remarks>
public sealed class ZAP011TwoUsAirForceOfficers : Rule
{
    internal static readonly WordSet OfficerNouns = new(["officers", "officer", "attachés", "attaches", "attaché", "attache", "colonels"]);

    private static readonly WordSet OtherServices = new(["Army", "Navy", "Marine", "Marines", "Navy's", "Army's"]);

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.TwoUsAirForceOfficers,
        "Two US Air Force officers attended",
        "Two US Air Force officers, both lieutenant colonels, attended the drills; the article says {0}",
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
                // "one officer", "three officers": the noun agrees with the figure (Humanizer).
                context.ReportContradiction(quantity.Span, $"{context.Article.Slice(quantity.Span)} {"officer".ToQuantity(quantity.Value > 1 ? 2 : 1, ShowQuantityAs.None)}");
            }
        }

        ReportOtherRanks(context);
        var syntax = claims.Syntax;
        foreach (var sentence in syntax.SentencesWith(OtherServices))
        {
            for (var t = Math.Max(1, syntax.Sentences[sentence].FirstToken); t < syntax.Sentences[sentence].EndToken; t++)
            {
                ReportOtherService(context, t);
            }
        }
    }

    /// <summary>
    /// "US Army officers", "U.S. Marine Corps officers", "two officers of the US Army": officers of a
    /// service that was not there.
    /// </summary>
    private static void ReportOtherService(RuleContext context, int t)
    {
        var claims = context.Claims;
        var syntax = claims.Syntax;
        var noun = syntax.IsWord(t + 1, "Corps") ? t + 2 : t + 1;
        if (!syntax.Tokens[t].Has(Text.TokenFlags.Capitalized) || !syntax.IsAnyWord(t, OtherServices) || !IsUsBefore(claims, t))
        {
            return;
        }

        var sentence = syntax.Sentences[syntax.SentenceOf(t)];
        var (first, end) = syntax.ClauseAround(sentence, t);
        if (syntax.IsAnyWord(noun, OfficerNouns) || claims.HasAnyWord(first, end, OfficerNouns))
        {
            context.ReportContradiction(syntax.SpanOf(t, noun), $"{syntax.Article.Slice(syntax.SpanOf(t, noun))} officers");
        }
    }

    /// <summary>Ranks the officers did not hold (both were lieutenant colonels), in the plural that names them as a pair.</summary>
    private static readonly WordSet OtherRanks = new(["majors", "captains", "generals", "sergeants", "brigadiers", "admirals", "colonels", "lieutenants"]);

    /// <summary>"both US Air Force majors", "two American captains": a rank word for the US officers other than lieutenant colonel.</summary>
    private static void ReportOtherRanks(RuleContext context)
    {
        var claims = context.Claims;
        var syntax = claims.Syntax;
        foreach (var index in syntax.SentencesWith(OtherRanks))
        {
            var sentence = syntax.Sentences[index];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!syntax.IsAnyWord(t, OtherRanks) || IsLieutenantColonel(syntax, t))
                {
                    continue;
                }

                var (first, end) = syntax.ClauseAround(sentence, t);
                if (claims.MentionsIn(first, end, "united-states") || (claims.HasAnyWord(first, end, OfficerNouns) && claims.Mentions(index, "united-states")))
                {
                    context.ReportContradiction(syntax.SpanOf(t, t + 1), $"{syntax.Article.Slice(syntax.SpanOf(t, t + 1))}, not lieutenant colonels,");
                }
            }
        }
    }

    /// <summary>"lieutenant colonels", "lieutenant-colonels", "lieutenants colonel": the rank they held.</summary>
    private static bool IsLieutenantColonel(Text.ArticleSyntax syntax, int t)
    {
        if (syntax.IsWord(t, "colonels"))
        {
            var before = t - 1 >= 0 && syntax.Tokens[t - 1].Kind == Text.TokenKind.Hyphen ? t - 2 : t - 1;
            return before >= 0 && (syntax.IsWord(before, "lieutenant") || syntax.IsWord(before, "lieutenants") || syntax.IsWord(before, "Lt"));
        }

        if (syntax.IsWord(t, "lieutenants"))
        {
            var after = syntax.Tokens.Count > t + 1 && syntax.Tokens[t + 1].Kind == Text.TokenKind.Hyphen ? t + 2 : t + 1;
            return syntax.IsWord(after, "colonel") || syntax.IsWord(after, "colonels");
        }

        return false;
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

        // "one of two US officers": a part of the pair, not a count of it.
        return usAfter && quantity.Counts(OfficerNouns, within: 4) && !(quantity.NounPhrase.Count > 0 && quantity.NounPhrase[0] == "of");
    }

    private static bool IsUsBefore(ArticleClaims claims, int service) =>
        claims.EntitiesBetween(Math.Max(0, service - 3), service).Any(e => e.EntityId == "united-states" && service - e.EndToken <= 1);
}
