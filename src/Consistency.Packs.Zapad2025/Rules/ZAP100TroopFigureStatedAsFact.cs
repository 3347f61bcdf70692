using System.Globalization;
using Consistency.Rules;
using Consistency.Rules.Corpus;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>A Zapad-2025 troop figure stated as fact while other sources give other figures, each attributed to who counted.</summary>
/// <remarks>
/// A corpus rule: it compares articles. The size of Zapad-2025 depends on who counts (Belarus up to
/// 7,000 in Belarus, Lithuania up to 30,000 in all, Putin 100,000, Gen. Breuer 13,000 in Belarus):
/// an article that states one figure as fact ("Drills involved [|7,000|] troops") while other
/// articles of the corpus attribute other figures to named parties takes a side without saying so.
/// Warns (a claim that disagrees with the other sources, per the severity contract) at the
/// unattributed figure, naming who counted what and where; the other articles' words are the
/// finding's related locations. Figures that narrow to different places ("in Belarus", "in Russia")
/// are not compared; a figure within 10% of every attributed one is left alone; a share of another
/// count ("including 2,000 Russians") is no count of the drills.
/// A figure attributed to a party is never warned, wherever the article names it: in its sentence,
/// in the statement its paragraph goes on with ("Belarus's defence ministry said … In all, 7,000
/// troops take part"), between two paragraphs of one side's statements, in a headline's label
/// ("Putin: some 100,000 servicemen…"), or, quoted, by the party the sentence credits (the claims
/// layer's attribution). A party merely named beside the figure attributes nothing.
/// </remarks>
public sealed class ZAP100TroopFigureStatedAsFact : CorpusRule
{
    /// <summary>Counts named in a message at most; the rest are counted ("and 4 more"), so a large corpus does not make a long line.</summary>
    private const int MostNamed = 6;

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.TroopFigureStatedAsFact,
        "A troop figure is stated as fact where the sources attribute other figures",
        "The troop figure \"{0}\" is stated as fact, but other sources attribute other figures: {1}; say who counted",
        RuleCategories.Figures,
        Severity.Warning,
        "Troop numbers for Zapad-2025 differ by who counts; a figure stated without its source takes one party's side silently. Compared across the articles of a run.",
        [Evidence.TassBelarusTroops, Evidence.LigaLithuania, Evidence.TassPutinMulino, Evidence.MoscowTimesScaleBack],
        ["Drills involved 7,000 troops (beside another article's \"Lithuania says 30,000 troops\")"],
        ["Belarus said 7,000 troops took part (beside another article's \"Lithuania says 30,000 troops\")", "Drills involved 30,000 troops (beside another article's \"Lithuania says 30,000 troops\")"]);

    /// <summary>Records the article's Zapad-2025 troop figures (<see cref="FactObservations.RecordTroopFigures"/>).</summary>
    public override void Observe(ObservationContext context) => FactObservations.RecordTroopFigures(context);

    public override void Report(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // One entry per party, figure and scope, with the first place in each article that gives it (corpus
        // order): the same count in many articles is one count, and each stated figure is compared with
        // a few hundred counts at most, not with every article's words.
        var counts = context.Observations.Where(o => o.Observation.Party is not null)
            .GroupBy(o => (o.Observation.Party, o.Observation.Value, o.Observation.Qualifier))
            .Select(g => g.DistinctBy(o => o.Path, StringComparer.Ordinal).ToList())
            .ToList();
        // Which articles give each count, as sets: asked for every stated figure, a scan of the count's
        // articles made this loop stated figures × counts × articles (5 % of a 10k run, on one thread).
        var countPaths = counts.ConvertAll(count => count.Select(o => o.Path).ToHashSet(StringComparer.Ordinal));
        foreach (var stated in context.Observations.Where(o => o.Observation.IsStatedAsFact))
        {
            var others = new List<(ArticleObservation First, int Articles)>();
            for (var c = 0; c < counts.Count; c++)
            {
                var count = counts[c];
                var sample = count[0].Observation;
                if (!sample.SameScopeAs(stated.Observation) || stated.Observation.AgreesWith(sample))
                {
                    continue;
                }

                var first = count[0].Path != stated.Path ? count[0] : count.Count > 1 ? count[1] : null;
                if (first is not null)
                {
                    others.Add((first, count.Count - (countPaths[c].Contains(stated.Path) ? 1 : 0)));
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

            context.Report(stated, others.Take(MostNamed).Select(o => o.First).ToArray(), stated.Words, string.Join(", ", named));
        }
    }

    /// <summary>"Lithuania 30,000 in Belarus (seeds/004.txt line 8)", with "and 2 more articles" when others say the same.</summary>
    private static string Describe(ArticleObservation figure, int articles)
    {
        var o = figure.Observation;
        var more = articles > 1 ? string.Create(CultureInfo.InvariantCulture, $" and {articles - 1} more {(articles == 2 ? "article" : "articles")}") : "";
        return $"{Wording.Name(o.Party!)} {o.Value}{(o.Qualifier is null ? "" : " " + o.Qualifier)} ({figure.Place}{more})";
    }
}
