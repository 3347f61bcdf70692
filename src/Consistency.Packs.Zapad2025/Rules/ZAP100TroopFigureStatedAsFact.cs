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
/// Notes (info) the unattributed figure, naming who counted what and where; the other articles' words
/// are the finding's related locations. Figures that narrow to different places ("in Belarus",
/// "in Russia") are not compared; a figure within 10% of every attributed one is left alone.
/// A note, not a warning: on the blind sets its reading of which edition a bare figure belongs to
/// (a Soviet exercise's 150,000 recalled without its year, a party's figure named a sentence before)
/// still flagged seven correct articles as warnings; a reviewer's note until that reading holds.
/// </remarks>
public sealed class ZAP100TroopFigureStatedAsFact : CorpusRule
{
    /// <summary>The matrix's row for these observations.</summary>
    public const string Fact = "Zapad-2025 troops";

    /// <summary>Counts named in a message at most; the rest are counted ("and 4 more"), so a large corpus does not make a long line.</summary>
    private const int MostNamed = 6;

    public override RuleDescriptor Descriptor { get; } = ZapadDescriptor.Create(
        RuleIds.TroopFigureStatedAsFact,
        "A troop figure is stated as fact where the sources attribute other figures",
        "The troop figure \"{0}\" is stated as fact, but other sources attribute other figures: {1}; say who counted",
        RuleCategories.Figures,
        Severity.Info,
        "Troop numbers for Zapad-2025 differ by who counts; a figure stated without its source takes one party's side silently. Compared across the articles of a run.",
        [Evidence.TassBelarusTroops, Evidence.LigaLithuania, Evidence.TassPutinMulino, Evidence.MoscowTimesScaleBack],
        ["Drills involved 7,000 troops (beside another article's \"Lithuania says 30,000 troops\")"],
        ["Belarus said 7,000 troops took part (beside another article's \"Lithuania says 30,000 troops\")", "Drills involved 30,000 troops (beside another article's \"Lithuania says 30,000 troops\")"]);

    public override void Observe(ObservationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        foreach (var quantity in claims.Quantities)
        {
            if (!TroopFigureReading.IsCurrentTroopFigure(claims, quantity) || NamesAnotherYear(claims, quantity))
            {
                continue;
            }

            var where = TroopFigureReading.Where(claims, quantity);
            var attribution = claims.AttributionFor(quantity);
            var giver = attribution is null ? PartyGivingThisFigure(claims, quantity) : null;
            context.Record(new Observation(Fact, quantity.Value.ToString("N0", CultureInfo.InvariantCulture), quantity.Value, quantity.Span)
            {
                Source = attribution?.Party ?? (giver is null ? null : Wording.Name(giver)),
                Party = giver ?? claims.PartyOf(quantity),
                Qualifier = where is null ? null : $"in {Wording.Name(where)}",
            });
        }
    }

    /// <summary>
    /// A party named before the figure in its sentence (or attributed in the sentence before, on the
    /// same line) that gave this very figure, by the story's table: "Belarus notified the OSCE of about
    /// 6,850", "Minsk had planned for about 13,000" report Belarus's own counts, not the article's,
    /// though no "said" attributes them.
    /// </summary>
    private static string? PartyGivingThisFigure(Consistency.Claims.ArticleClaims claims, Consistency.Claims.QuantityClaim quantity)
    {
        var sentences = claims.Syntax.Sentences;
        var sentence = sentences[quantity.Sentence];

        // "About 6,850 servicemen were notified": only Belarus notifies the OSCE of its drills.
        if (claims.HasAnyWord(sentence.FirstToken, sentence.EndToken, NotificationWords) && Gave("belarus", quantity))
        {
            return "belarus";
        }

        foreach (var mention in claims.EntitiesBetween(sentence.FirstToken, quantity.FirstToken))
        {
            var party = TroopFigures.PartyOf(mention.EntityId);
            if (Gave(party, quantity))
            {
                return party;
            }
        }

        // "Lithuania now says … 30,000 troops in total. Only 8,000 are in Belarus, including 2,000
        // Russians.": the sentence after an attributed one, on the same line, goes on with that
        // party's figures when they are that party's by the story's table.
        if (quantity.Sentence > 0 && sentences[quantity.Sentence - 1].Paragraph == sentence.Paragraph)
        {
            foreach (var attribution in Consistency.Claims.ArticleClaims.InSentence(claims.Attributions, quantity.Sentence - 1))
            {
                if (attribution.EntityId is { } id && TroopFigures.PartyOf(id) is var party && Gave(party, quantity))
                {
                    return party;
                }
            }
        }

        return null;
    }

    private static readonly Consistency.Text.WordSet NotificationWords = new(["notified", "notification", "notifying", "OSCE"]);

    private static bool Gave(string party, Consistency.Claims.QuantityClaim quantity) =>
        TroopFigures.All.Any(f => f.Party == party && Math.Abs(quantity.Value - f.Value) <= f.Value * Observation.Tolerance);

    /// <summary>The sentence names a year other than the current edition's ("the Soviet Zapad-81 of 1981 involved about 150,000").</summary>
    private static bool NamesAnotherYear(Consistency.Claims.ArticleClaims claims, Consistency.Claims.QuantityClaim quantity) =>
        Consistency.Claims.ArticleClaims.InSentence(claims.Years, quantity.Sentence).Any(y => y.Year != StoryFacts.CurrentEdition);

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
