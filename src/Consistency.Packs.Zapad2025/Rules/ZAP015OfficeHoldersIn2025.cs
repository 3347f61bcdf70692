using Consistency.Claims;
using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>In September 2025 Donald Trump was US president and Joe Biden a former president.</summary>
/// <remarks>
/// Flags anachronisms: "The [|Biden administration|] … lifted restrictions on Belavia" (in 2025),
/// "[|President Biden|] eased sanctions", "[|former president|] Trump", and "a twice-impeached former
/// president" when the president last named is Trump. Accepts "former president Joe Biden",
/// "the Biden administration" in a sentence set in 2024 or earlier, "President Donald Trump".
/// </remarks>
public sealed class ZAP015OfficeHoldersIn2025 : Rule
{
    private static readonly WordSet President = new("president");

    private static readonly WordSet AdministrationWords = new(["administration", "White", "government"]);

    private static readonly WordSet FormerWords = new(["former", "ex", "then", "erstwhile"]);

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.OfficeHoldersIn2025,
        "Who held office in September 2025",
        "In September 2025 {0}",
        RuleCategories.People,
        Severity.Error,
        "Donald Trump has been US president since 20 January 2025; in September 2025 Joe Biden is a former president, and acts of 2025 are the Trump administration's.",
        [Evidence.Inauguration],
        ["The Biden administration lifted restrictions on Belavia", "President Biden eased sanctions", "former president Trump", "a twice-impeached, four-times-indicted former president (of Trump)"],
        ["former president Joe Biden", "in 2023 the Biden administration sanctioned Belavia", "President Donald Trump", "the Trump administration eased sanctions", "ex-president Biden"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        var syntax = claims.Syntax;
        foreach (var mention in claims.Entities)
        {
            if (mention.EntityId is not ("biden" or "trump") || SetBefore2025(claims, mention.Sentence))
            {
                continue;
            }

            var t = mention.FirstToken;
            if (mention.EntityId == "biden" && syntax.IsAnyWord(mention.EndToken, AdministrationWords) && !IsFormer(syntax, t))
            {
                var end = syntax.IsWord(mention.EndToken, "White") && syntax.IsWord(mention.EndToken + 1, "House") ? mention.EndToken + 2 : mention.EndToken + 1;
                context.ReportContradiction(syntax.SpanOf(t, end), "the administration was Trump's, not Biden's");
            }
            else if (mention.EntityId == "biden" && t > 0 && syntax.IsWord(t - 1, "President") && !IsFormer(syntax, t - 1))
            {
                context.ReportContradiction(syntax.SpanOf(t - 1, mention.EndToken), "Biden was a former president");
            }
            else if (mention.EntityId == "trump" && t >= 2 && syntax.IsWord(t - 1, "president") && IsFormer(syntax, t - 1))
            {
                context.ReportContradiction(syntax.SpanOf(FormerStart(syntax, t - 1), t), "Trump was the sitting president, not a former one");
            }
        }

        // "a twice-impeached former president once again signalling to Putin", where the last president named is Trump.
        foreach (var sentence in syntax.SentencesWith(President))
        {
            for (var t = Math.Max(1, syntax.Sentences[sentence].FirstToken); t < syntax.Sentences[sentence].EndToken; t++)
            {
                if (syntax.IsWord(t, "president") && IsFormer(syntax, t) && !IsNameAfter(claims, t + 1) && LastPresidentNamedBefore(claims, t) == "trump"
                    && !SetBefore2025(claims, sentence))
                {
                    context.ReportContradiction(syntax.SpanOf(FormerStart(syntax, t), t + 1), "Trump was the sitting president, not a former one");
                }
            }
        }
    }

    /// <summary>"former president", "ex-president", "then-president": the title word is preceded by a former-marker.</summary>
    private static bool IsFormer(Text.ArticleSyntax syntax, int title)
    {
        var k = title - 1;
        if (k >= 0 && syntax.Tokens[k].Kind == Text.TokenKind.Hyphen)
        {
            k--;
        }

        return k >= 0 && syntax.IsAnyWord(k, FormerWords);
    }

    private static int FormerStart(Text.ArticleSyntax syntax, int title) =>
        syntax.Tokens[title - 1].Kind == Text.TokenKind.Hyphen ? title - 2 : title - 1;

    private static bool IsNameAfter(ArticleClaims claims, int t) =>
        t < claims.Syntax.Tokens.Count && claims.EntitiesBetween(t, Math.Min(claims.Syntax.Tokens.Count, t + 4)).Any(e => e.FirstToken <= t + 1);

    /// <summary>The US president (trump or biden) mentioned last before the token, within the two sentences before.</summary>
    private static string? LastPresidentNamedBefore(ArticleClaims claims, int t)
    {
        var sentence = claims.Syntax.SentenceOf(t);
        var first = claims.Syntax.Sentences[Math.Max(0, sentence - 2)].FirstToken;
        return claims.EntitiesBetween(first, t).LastOrDefault(e => e.EntityId is "trump" or "biden")?.EntityId;
    }

    /// <summary>A sentence that names a year before 2025 speaks of that time, when Biden was president.</summary>
    private static bool SetBefore2025(ArticleClaims claims, int sentence)
    {
        var (start, end) = ArticleClaims.RangeOf(claims.Years, sentence);
        for (var i = start; i < end; i++)
        {
            if (claims.Years[i].Year < StoryFacts.CurrentEdition)
            {
                return true;
            }
        }

        return false;
    }
}
