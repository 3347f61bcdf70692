using Consistency.Claims;
using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>The US officers observed the drills and did not take part; and it was not the first such visit.</summary>
/// <remarks>
/// Flags "the rare US military [|participation|] in Russia-Belarus drills" and "US officers
/// [|took part|] in the drills" where the sentence does not say they were observers, and "an
/// [|unprecedented|] US military visit" (the Pentagon said it was not the first time US officials
/// attended a Zapad visitor day). Accepts "participation in the drills, albeit as observers",
/// "observed and did not take part", "a rare visit", and participation of others.
/// </remarks>
public sealed class ZAP019UsOfficersObservedOnly : Rule
{
    private static readonly WordSet TakeVerbs = new(["took", "take", "taking"]);

    private static readonly WordSet MilitaryPersonnel = new(["military", "officers", "officer", "attachés", "officials", "Force"]);

    private static readonly WordSet ObservingWords = new(["observers", "observer", "observe", "observed", "observing", "watch", "watched"]);

    private static readonly WordSet Not = new(["not"]);

    private static readonly WordSet TookPart = new(["participation", "participated", "participating", "participate", "joined", "fought"]);

    private static readonly WordSet FirstTime = new(["unprecedented"]);

    /// <summary>Every finding starts at one of these: a sentence without one is skipped.</summary>
    private static readonly WordSet Triggers = WordSet.Union(TookPart, TakeVerbs, FirstTime, new WordSet("first"));

    private static readonly WordSet Negations = new(["not", "no", "never", "didn't", "did", "without", "declined"]);

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.UsOfficersObservedOnly,
        "The US officers observed; they did not take part, and it was not a first",
        "The US officers {0}",
        RuleCategories.Observers,
        Severity.Error,
        "Two US Air Force officers observed the drills on 15 September and did not take part; the Pentagon said it was not the first time US officials had attended a Zapad visitor day.",
        [Evidence.MoscowTimesUsOfficers, Evidence.KrdoUsObserves],
        ["the rare US military participation in Russia-Belarus drills", "US officers took part in the drills", "Unprecedented US Military Visit"],
        ["the US officers' participation in the drills, albeit as observers", "they observed and did not take part", "a rare instance of US military engagement", "Russian and Belarusian troops took part in the drills", "not the first time US officials attended"]);

    /// <summary>The token after "unprecedented", "first-ever" or "first ever" starting at <paramref name="t"/>, or <paramref name="t"/>.</summary>
    private static int FirstTimeEnd(Text.ArticleSyntax syntax, int t)
    {
        if (syntax.IsAnyWord(t, FirstTime))
        {
            return t + 1;
        }

        if (!syntax.IsWord(t, "first"))
        {
            return t;
        }

        var next = syntax.Tokens.Count > t + 1 && syntax.Tokens[t + 1].Kind == Text.TokenKind.Hyphen ? t + 2 : t + 1;
        if (syntax.IsWord(next, "ever"))
        {
            return next + 1;
        }

        // "the first time US personnel had attended": a first without "since 2022" or "in decades"
        // to limit it claims a first ever.
        if (syntax.IsWord(next, "time") && !HasLimit(syntax, next + 1))
        {
            return next + 1;
        }

        return t;
    }

    /// <summary>Words that limit a first to a stretch of time: "since the invasion", "in decades", "in recent years".</summary>
    private static readonly WordSet Limits = new(["since", "decades", "years", "generation", "recent", "memory", "decade", "while", "post-Soviet", "after"]);

    private static bool HasLimit(Text.ArticleSyntax syntax, int from)
    {
        var sentence = syntax.Sentences[syntax.SentenceOf(from - 1)];
        for (var t = from; t < sentence.EndToken; t++)
        {
            if (syntax.IsAnyWord(t, Limits))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a clause about taking part puts it in the drills without naming them: "joined a Belarusian unit for a live-fire episode".</summary>
    private static readonly WordSet DrillSettings = new(["unit", "units", "live-fire", "battalion", "brigade", "firing", "manoeuvre", "maneuver", "training"]);

    /// <summary>Whether a sentence before this one names US military personnel ("two US Air Force officers").</summary>
    private static bool OfficersNamedBefore(ArticleClaims claims, int sentence)
    {
        foreach (var earlier in claims.Syntax.SentencesWith(MilitaryPersonnel))
        {
            if (earlier >= sentence)
            {
                return false;
            }

            if (claims.Mentions(earlier, "united-states"))
            {
                return true;
            }
        }

        return false;
    }

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        var syntax = claims.Syntax;
        foreach (var index in syntax.SentencesWith(Triggers))
        {
            var sentence = syntax.Sentences[index];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var took = syntax.IsAnyWord(t, TookPart) || (syntax.IsAnyWord(t, TakeVerbs) && syntax.IsWord(t + 1, "part"));
                var firstEnd = FirstTimeEnd(syntax, t);
                if (!took && firstEnd == t)
                {
                    continue; // only a trigger word pays for finding its clause
                }

                var (first, end) = syntax.ClauseAround(sentence, t);
                // "the two Americans then joined …": Americans named before as officers are those officers.
                var usInClause = claims.MentionsIn(first, end, "united-states")
                    && (claims.HasAnyWord(first, end, MilitaryPersonnel) || OfficersNamedBefore(claims, index));
                if (!usInClause || claims.HasAnyWord(Math.Max(first, t - 3), t, Negations))
                {
                    continue;
                }

                // "took part in the manoeuvres at the Borisovsky range": the ground names the drills where the article never says "Zapad".
                var inTheDrills = claims.IsAboutTheDrills(sentence.Index) || claims.SentenceHas(sentence.Index, DrillSettings) || claims.Mentions(sentence.Index, "borisovsky");
                if (took && inTheDrills && !claims.SentenceHas(sentence.Index, ObservingWords))
                {
                    var end2 = syntax.IsWord(t + 1, "part") ? t + 2 : t + 1;
                    context.Report(syntax.SpanOf(t, end2), "observed the drills and did not take part in them");
                }
                else if (firstEnd > t && !claims.SentenceHas(sentence.Index, Not))
                {
                    context.Report(syntax.SpanOf(t, firstEnd), "were not the first US officials at a Zapad visitor day, the Pentagon said");
                }
            }
        }
    }
}
