using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>The drills the US officers watched were at the Borisovsky ground near Barysaw, about 74 km from Minsk, not in Minsk.</summary>
/// <remarks>
/// Flags drills placed in the city or at its edge: "officers attended joint Russia-Belarus military drills [|in
/// Minsk|]", "the training ground [|on the outskirts of Minsk|]". Accepts "near Barysaw", "the Borisovsky training ground in the Minsk region", "northeast
/// of Minsk", and things that did happen in Minsk ("Coale met Lukashenko in Minsk").
/// </remarks>
public sealed class ZAP017DrillsNotInMinsk : Rule
{
    private static readonly WordSet Capital = new("capital");

    private static readonly WordSet DrillWords = new(["drills", "drill", "exercises", "exercise", "games", "maneuvers", "manoeuvres", "ground", "range"]);

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.DrillsNotInMinsk,
        "The drills were near Barysaw, not in Minsk",
        "The drills were at the Borisovsky ground near Barysaw, about 74 km northeast of Minsk, not \"{0}\"",
        RuleCategories.Places,
        Severity.Error,
        "The main Belarusian site of Zapad-2025 was the Borisovsky training ground near Barysaw, Minsk region, about 74 km northeast of Minsk; the main Russian site was Mulino.",
        [Evidence.TassObservers, Evidence.TassPutinMulino],
        ["officers attended joint Russia-Belarus military drills in Minsk", "the exercises in Minsk", "war games held in Minsk this week", "the Zapad drills on the outskirts of Minsk"],
        ["drills near Barysaw", "the Borisovsky training ground in the Minsk region", "northeast of Minsk", "Coale met Lukashenko in Minsk", "talks in Minsk"]) with
    {
        // No party disputes it: words given to anyone that contradict it are a warning, not a note.
        Undisputed = true,
    };

    private static readonly WordSet NounAdjuncts = new([
        "region", "oblast", "area", "province", "district", "relations", "ties", "talks", "authorities", "government", "regime", "officials", "policy",
    ]);

    /// <summary>"in Minsk." or "in Minsk drew observers" is a place; "in Minsk relations", "in Minsk Region" is not the city's drills.</summary>
    private static bool EndsPlacePhrase(Text.ArticleSyntax syntax, int next, int sentence) =>
        next >= syntax.Sentences[sentence].EndToken || !syntax.Tokens[next].IsWord
        || !(syntax.Tokens[next].Has(Text.TokenFlags.Capitalized) || syntax.IsAnyWord(next, NounAdjuncts));

    private static readonly WordSet CityEdges = new(["outskirts", "suburbs", "edge", "fringes", "outskirt"]);

    private static readonly WordSet EdgePrepositions = new(["on", "in", "at"]);

    private static readonly WordSet StagingVerbs = new(["held", "staged", "conducted", "hosted", "run", "underway", "taking", "place", "going", "being"]);

    private static readonly WordSet FigurativeModifiers = new(["political", "diplomatic", "economic", "legal", "verbal", "backroom", "parliamentary"]);

    /// <summary>
    /// "drills in Minsk", "exercises held in Minsk": a drill word right before "in", or before a
    /// staging verb; not "political maneuvers in Minsk".
    /// </summary>
    private static bool HeadsPhrase(Text.ArticleSyntax syntax, int preposition)
    {
        var k = preposition - 1;
        var verbs = 0;
        while (k >= 0 && verbs < 2 && syntax.IsAnyWord(k, StagingVerbs))
        {
            k--;
            verbs++;
        }

        return k >= 0 && syntax.IsAnyWord(k, DrillWords) && !syntax.IsAnyWord(k - 1, FigurativeModifiers);
    }

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        var syntax = claims.Syntax;
        foreach (var index in syntax.SentencesWith(Capital))
        {
            var sentence = syntax.Sentences[index];
            for (var t = sentence.FirstToken + 2; t < sentence.EndToken; t++)
            {
                // "in the Belarusian capital", "in the capital": Minsk by another name.
                var the = syntax.IsWord(t - 1, "Belarusian") ? t - 2 : t - 1;
                if (syntax.IsWord(t, "capital") && syntax.IsWord(the, "the") && the > sentence.FirstToken && syntax.IsWord(the - 1, "in")
                    && HeadsPhrase(syntax, the - 1) && claims.IsAboutTheDrills(sentence.Index) && !claims.Mentions(sentence.Index, "russia"))
                {
                    var span = syntax.SpanOf(the - 1, t + 1);
                    context.ReportContradiction(span, context.Article.Slice(span).ToString());
                }
            }
        }

        foreach (var minsk in claims.Entities)
        {
            var t = minsk.FirstToken;
            if (minsk.EntityId != "minsk" || t == 0 || !EndsPlacePhrase(syntax, minsk.EndToken, minsk.Sentence))
            {
                continue;
            }

            // "the Borisovsky ground on the outskirts of Minsk": 74 km away is not the city's edge.
            if (t >= 2 && syntax.IsWord(t - 1, "of") && syntax.IsAnyWord(t - 2, CityEdges) && claims.IsAboutTheDrills(minsk.Sentence))
            {
                var edge = syntax.IsAnyWord(t - 3, EdgePrepositions) ? t - 3 : syntax.IsWord(t - 3, "the") && syntax.IsAnyWord(t - 4, EdgePrepositions) ? t - 4 : t - 2;
                if (edge == 0 || !HeadsPhrase(syntax, edge))
                {
                    continue; // "protesters gathered on the outskirts of Minsk": not the drills' site
                }

                var span = syntax.SpanOf(edge, minsk.EndToken);
                context.ReportContradiction(span, context.Article.Slice(span).ToString());
                continue;
            }

            if (!syntax.IsWord(t - 1, "in"))
            {
                continue;
            }

            var drillsBefore = HeadsPhrase(syntax, t - 1);
            var jointDrills = claims.IsAboutTheDrills(minsk.Sentence) || (claims.Mentions(minsk.Sentence, "russia") && claims.Mentions(minsk.Sentence, "belarus"));
            if (drillsBefore && jointDrills)
            {
                var span = syntax.SpanOf(t - 1, minsk.EndToken);
                context.ReportContradiction(span, context.Article.Slice(span).ToString());
            }
        }
    }
}
