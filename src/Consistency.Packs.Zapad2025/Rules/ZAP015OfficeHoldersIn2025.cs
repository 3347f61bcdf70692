using Consistency.Claims;
using Consistency.Rules;

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
    private static readonly string[] FormerWords = ["former", "ex", "then", "erstwhile"];

    public override RuleDescriptor Descriptor { get; } = ZapadDescriptor.Create(
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
            if (SetBefore2025(claims, mention.Sentence))
            {
                continue;
            }

            var t = mention.FirstToken;
            if (mention.EntityId == "biden" && syntax.IsAnyWord(mention.EndToken, ["administration", "White", "government"]) && !IsFormer(syntax, t))
            {
                Report(context, syntax.SpanOf(t, mention.EndToken + 1), "the administration was Trump's, not Biden's");
            }
            else if (mention.EntityId == "biden" && t > 0 && syntax.IsWord(t - 1, "President") && !IsFormer(syntax, t - 1))
            {
                Report(context, syntax.SpanOf(t - 1, mention.EndToken), "Biden was a former president");
            }
            else if (mention.EntityId == "trump" && t >= 2 && syntax.IsWord(t - 1, "president") && IsFormer(syntax, t - 1))
            {
                Report(context, syntax.SpanOf(FormerStart(syntax, t - 1), t), "Trump was the sitting president, not a former one");
            }
        }

        // "a twice-impeached former president once again signalling to Putin", where the last president named is Trump.
        for (var t = 1; t < syntax.Tokens.Count; t++)
        {
            if (syntax.IsWord(t, "president") && IsFormer(syntax, t) && !IsNameAfter(claims, t + 1) && LastPresidentNamedBefore(claims, t) == "trump"
                && !SetBefore2025(claims, syntax.SentenceOf(t)))
            {
                Report(context, syntax.SpanOf(FormerStart(syntax, t), t + 1), "Trump was the sitting president, not a former one");
            }
        }
    }

    private static void Report(RuleContext context, Microsoft.CodeAnalysis.Text.TextSpan span, string what)
    {
        var sentence = context.Syntax.SentenceOf(context.Syntax.TokenAt(span.Start));
        context.ReportContradiction(span, what);
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
        claims.Entities.Exists(e => e.FirstToken == t || e.FirstToken == t + 1);

    /// <summary>The US president (trump or biden) mentioned last before the token, within the two sentences before.</summary>
    private static string? LastPresidentNamedBefore(ArticleClaims claims, int t)
    {
        var sentence = claims.Syntax.SentenceOf(t);
        return claims.Entities.LastOrDefault(e => e.FirstToken < t && e.Sentence >= sentence - 2 && e.EntityId is "trump" or "biden")?.EntityId;
    }

    /// <summary>A sentence that names a year before 2025 speaks of that time, when Biden was president.</summary>
    private static bool SetBefore2025(ArticleClaims claims, int sentence) =>
        claims.Years.Exists(y => y.Sentence == sentence && y.Year < StoryFacts.CurrentEdition);
}
