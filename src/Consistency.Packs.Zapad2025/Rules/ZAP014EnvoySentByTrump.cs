using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>John Coale was President Trump's envoy.</summary>
/// <remarks>
/// Flags another sender: "Coale, an envoy of [|Biden|]", "[|Vance|]'s envoy John Coale",
/// "Coale, representing [|Rubio|]". Accepts "Trump envoy John Coale", "John Coale, representing
/// Trump", "an envoy of President Donald Trump", and other people in the sentence who are not
/// named as the sender ("Coale met Lukashenko").
/// </remarks>
public sealed class ZAP014EnvoySentByTrump : Rule
{
    private static readonly WordSet SentByWords = new(["of", "by", "representing", "for"]);

    private static readonly WordSet EnvoyNouns = new(["envoy", "emissary", "envoys"]);

    private static readonly WordSet EnvoyWords = new(["envoy", "emissary", "representing", "representative", "sent", "behalf", "dispatched"]);

    private static readonly HashSet<string> NotSenders = new(StringComparer.Ordinal) { "trump", "coale", "lukashenko", "khrenin" };

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.EnvoySentByTrump,
        "Coale was Trump's envoy",
        "John Coale was President Trump's envoy, not {0}'s",
        RuleCategories.People,
        Severity.Error,
        "John Coale, President Trump's envoy, met Alexander Lukashenko in Minsk on 11 September 2025 and handed over a letter from Trump.",
        [Evidence.SalemCoale, Evidence.KyivIndependentPrisoners],
        ["Coale, an envoy of Biden", "Vance's envoy John Coale", "Coale, representing Rubio", "sent by President Joe Biden, Coale arrived"],
        ["Trump envoy John Coale", "John Coale, representing Trump", "an envoy of President Donald Trump", "Coale met Lukashenko", "Coale, Trump's envoy, met Lukashenko while Putin watched"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        var syntax = claims.Syntax;
        var (sentence, withCoale) = (-1, false);
        foreach (var mention in claims.Entities)
        {
            // Most mentions stand in a sentence without Coale: asked once per sentence (mentions come in text order).
            if (mention.Sentence != sentence)
            {
                (sentence, withCoale) = (mention.Sentence, claims.Mentions(mention.Sentence, "coale"));
            }

            if (!withCoale || NotSenders.Contains(mention.EntityId) || !IsPerson(claims, mention.EntityId))
            {
                continue;
            }

            // The sender stands by the envoy word: "X's envoy", "X envoy", "envoy of (President) X",
            // "representing X", "sent to Minsk by (Vice President) X", "on behalf of X".
            var before = Math.Max(0, mention.FirstToken - 3);
            var near = (claims.HasAnyWord(before, mention.FirstToken, SentByWords)
                    && claims.HasAnyWord(Math.Max(0, mention.FirstToken - 8), mention.FirstToken, EnvoyWords))
                || claims.HasAnyWord(mention.EndToken, Math.Min(syntax.Tokens.Count, mention.EndToken + 2), EnvoyNouns);
            if (near)
            {
                context.Report(mention.Span, context.Article.Slice(mention.Span).ToString());
            }
        }
    }

    private static bool IsPerson(Consistency.Claims.ArticleClaims claims, string id) => claims.Lexicon.KindOf(id) == "person";
}
