using Consistency.Claims;
using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>The US Embassy in Minsk suspended operations on 28 February 2022, after Russia invaded Ukraine.</summary>
/// <remarks>
/// Flags another time for its closing: "the US Embassy in Minsk, which was closed … in the early
/// [|2000s|]", "the embassy, shut since [|2008|]", "suspended since [|March 2022|]". In March 2008 Belarus forced out the US
/// ambassador and cut embassy staff, but the embassy stayed open. Accepts "suspended operations in
/// February 2022", "closed since 2022", "closed after Russia's invasion of Ukraine", and years that
/// date something else in the sentence.
/// </remarks>
public sealed class ZAP016EmbassySuspendedIn2022 : Rule
{
    private static readonly WordSet Embassy = new(["embassy", "Embassy"]);

    private static readonly WordSet ClosingWords = new(["closed", "shut", "suspended", "shuttered", "closure", "closing", "suspension", "evacuated", "mothballed"]);

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.EmbassySuspendedIn2022,
        "The US Embassy in Minsk suspended operations in February 2022",
        "The US Embassy in Minsk suspended operations on 28 February 2022; the article dates its closing to \"{0}\"",
        RuleCategories.Chronology,
        Severity.Error,
        "The US Embassy in Minsk suspended operations on 28 February 2022, after Russia's invasion of Ukraine; in 2008 Belarus expelled the ambassador and cut staff, but the embassy stayed open.",
        [Evidence.EmbassySuspended, Evidence.Embassy2008],
        ["the US Embassy in Minsk, which was closed following … the early 2000s", "the embassy, shut since 2008", "the U.S. embassy in Belarus closed in 2019", "the embassy has had its operations suspended since March 2022"],
        ["the embassy suspended operations in February 2022", "the embassy, closed since 2022", "closed after Russia's invasion of Ukraine", "reopen the US Embassy in Minsk", "in 2008 Belarus expelled the US ambassador"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        var syntax = claims.Syntax;
        foreach (var index in syntax.SentencesWith(Embassy))
        {
            var sentence = syntax.Sentences[index];
            if (!claims.HasAnyWord(sentence.FirstToken, sentence.EndToken, ClosingWords)
                || !(claims.Mentions(sentence.Index, "minsk") || claims.Mentions(sentence.Index, "belarus")))
            {
                continue;
            }

            if (ArticleClaims.InSentence(claims.Years, sentence.Index).Any(y => y.Year == 2022))
            {
                // The right year in the wrong month: "suspended since March 2022".
                if (ArticleClaims.InSentence(claims.Dates, sentence.Index).FirstOrDefault(d => d.Year == 2022 && d.Month is { } m && m != 2) is { } month)
                {
                    context.ReportContradiction(month.Span, context.Article.Slice(month.Span).ToString());
                }

                continue;
            }

            var wrong = WrongTime(claims, sentence);
            if (wrong is { } span)
            {
                context.ReportContradiction(span, context.Article.Slice(span).ToString());
            }
        }
    }

    /// <summary>The first year or decade ("2008", "2000s") after a closing word in the sentence.</summary>
    private static Microsoft.CodeAnalysis.Text.TextSpan? WrongTime(Consistency.Claims.ArticleClaims claims, Sentence sentence)
    {
        var syntax = claims.Syntax;
        var closing = -1;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (closing < 0 && syntax.IsAnyWord(t, ClosingWords))
            {
                closing = t;
            }
            else if (closing >= 0 && ArticleClaims.InSentence(claims.Years, sentence.Index).Any(y => y.Token == t))
            {
                var decade = t + 1 < sentence.EndToken && syntax.Tokens[t + 1].IsAttached && syntax.IsWord(t + 1, "s");
                return syntax.SpanOf(t, decade ? t + 2 : t + 1);
            }
        }

        return null;
    }
}
