using System.Globalization;
using Consistency.Rules;
using Consistency.Rules.Corpus;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Two articles state one fact as fact, neither saying who counted, with different values.</summary>
/// <remarks>
/// A corpus rule: it compares articles. Where one article says the drills involved [|7,000|] troops
/// and another that they involved 30,000, each stating it as fact, at least one of them is wrong or
/// has silently taken one party's count; each is warned, with the other's words as related location.
/// Compares the facts the corpus rules record (<see cref="FactObservations"/>: the Zapad-2025 troop
/// figures, the observers' countries). Leaves alone a value attributed to someone ("Lithuania says
/// 30,000") or one the story's table says a party named beside it gave ("Belarus notified the OSCE of
/// 6,850"), a value the story records for the fact (a party's count stated as fact is ZAP100's
/// finding; the observers' 23 countries), another edition's figure (Zapad-2021's 200,000), figures narrowed to different places
/// ("in Belarus", "in Russia"), and values within the fact's tolerance or a hedge's band
/// ("about 7,000" and "6,850").
/// </remarks>
public sealed class ZAP102StatedValuesDisagree : CorpusRule
{
    /// <summary>Other values named in a message at most; the rest are counted.</summary>
    private const int MostNamed = 6;

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.StatedValuesDisagree,
        "Articles state one fact with different values, neither saying who counted",
        "{0}: this article states \"{1}\" as fact, but other articles state {2}; check the figure or say who counted",
        RuleCategories.Figures,
        Severity.Warning,
        "Sources that state one fact as fact with different values cannot all be right; at least one has taken a party's count without saying so, or has it wrong. Compared across the articles of a run.",
        [Evidence.TassBelarusTroops, Evidence.LigaLithuania, Evidence.PravdaObservers],
        ["Drills involved 45,000 troops (beside another article's \"The drills involved 60,000 troops\")", "Observers from 32 countries watched (beside another article's \"Observers from 23 countries\")"],
        ["Drills involved about 45,000 troops (beside another article's \"46,000 troops took part\")", "Drills involved 45,000 troops (beside another article's \"Analysts say 60,000 troops\")", "Drills involved 7,000 troops (beside another article's \"The drills involved 30,000 troops\": each a party's count, ZAP100's note)"]);

    public override void Observe(ObservationContext context)
    {
        FactObservations.RecordTroopFigures(context);
        FactObservations.RecordObserverCountries(context);
    }

    public override void Report(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Each stated value once, with every article stating it (first place in each): a value is
        // compared with the distinct values, not with every other article's words.
        var stated = context.Observations.Where(o => o.Observation.IsStatedAsFact && !o.Observation.IsQuote).ToList();
        var values = stated.GroupBy(o => (o.Observation.Fact, o.Observation.Value, o.Observation.Qualifier))
            .Select(g => g.DistinctBy(o => o.Path, StringComparer.Ordinal).ToList())
            .ToList();
        // A value the story records (a party's count) is reported by ZAP100 when stated as fact; here it is only the other side.
        foreach (var at in stated.Where(o => !FactObservations.StoryKnows(o.Observation)))
        {
            var others = new List<(ArticleObservation First, int Articles)>();
            foreach (var value in values)
            {
                var sample = value[0].Observation;
                if (!sample.SameScopeAs(at.Observation) || at.Observation.AgreesWith(sample))
                {
                    continue;
                }

                var first = value.Find(o => o.Path != at.Path);
                if (first is not null)
                {
                    others.Add((first, value.Count(o => o.Path != at.Path)));
                }
            }

            if (others.Count == 0)
            {
                continue;
            }

            others.Sort((a, b) => ArticleObservation.Order.Compare(a.First, b.First));
            var named = others.Take(MostNamed).Select(o => Describe(o.First, o.Articles)).ToList();
            if (others.Count > MostNamed)
            {
                named.Add(string.Create(CultureInfo.InvariantCulture, $"and {others.Count - MostNamed} more"));
            }

            context.Report(at, others.Take(MostNamed).Select(o => o.First).ToArray(), at.Observation.Fact, at.Words, string.Join(", ", named));
        }
    }

    /// <summary>"30,000 (b.txt line 4)", "13,000 in Belarus (c.txt line 2 and 3 more articles)".</summary>
    private static string Describe(ArticleObservation value, int articles)
    {
        var o = value.Observation;
        var more = articles > 1 ? string.Create(CultureInfo.InvariantCulture, $" and {articles - 1} more {(articles == 2 ? "article" : "articles")}") : "";
        return $"{o.Value}{(o.Qualifier is null ? "" : " " + o.Qualifier)} ({value.Place}{more})";
    }
}
