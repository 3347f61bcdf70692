using Consistency.Claims;
using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>A Zapad-2025 troop figure attributed to a party should be the figure that party gave.</summary>
/// <remarks>
/// Sources disagree on the size of Zapad-2025: Belarus said up to 7,000 in Belarus, Lithuania up to
/// 30,000 in all (8,000 in Belarus, 2,000 of them Russians), Putin 100,000 across the exercise,
/// Germany's Gen. Breuer about 13,000 in Belarus and 30,000 in Russia. Each is true reporting when
/// attributed to its party. Flags, as a warning, a figure attributed to a party that gave another one
/// (the article misquotes its source, a claim the sources contradict; a party's own figure that
/// differs from another's is left alone):
/// "Putin said [|150,000|] troops took part", "Lithuania says [|50,000|] troops".
/// </remarks>
public sealed class ZAP007AttributedTroopFigures : Rule
{
    private static readonly WordSet Russians = new(["russians"]);

    public override RuleDescriptor Descriptor { get; } = ZapadDescriptor.Create(
        RuleIds.AttributedTroopFigures,
        "An attributed troop figure differs from what that party said",
        "{0} gave {1}; the article attributes \"{2}\" to them",
        RuleCategories.Figures,
        Severity.Warning,
        "Troop numbers for Zapad-2025 differ by who counts; each party's own figure is the one to attribute to it.",
        [Evidence.TassBelarusTroops, Evidence.LigaLithuania, Evidence.TassPutinMulino, Evidence.MoscowTimesScaleBack],
        ["Putin said 150,000 troops took part", "Lithuania says 50,000 troops", "Gen. Breuer estimated about 30,000 troops in Belarus"],
        ["Putin said 100,000 took part across the whole exercise", "according to Lithuania, up to 30,000", "Lithuania says only 8,000 are in Belarus", "Belarus said about 7,000 troops", "Breuer estimated about 13,000 in Belarus"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        foreach (var quantity in claims.Quantities)
        {
            if (quantity.Value < 1_000 || !TroopFigures.IsTroopFigure(claims, quantity) || !claims.MentionsSeriesInArticle
                || claims.EditionSpokenOf(quantity.Sentence) is { } year && year != StoryFacts.CurrentEdition)
            {
                continue;
            }

            var party = claims.PartyOf(quantity);
            var figures = TroopFigures.All.Where(f => f.Party == party).ToList();
            if (figures.Count == 0)
            {
                continue;
            }

            var where = Where(claims, quantity);
            var candidates = where is null ? figures : figures.FindAll(f => f.Where == where);
            if (candidates.Count == 0 || candidates.Exists(f => Matches(quantity, f.Value)))
            {
                continue;
            }

            var shown = candidates.FindAll(f => f.Where == where);
            var said = string.Join(" or ", (shown.Count > 0 ? shown : candidates).Select(Describe));
            var who = claims.AttributionFor(quantity)!.Party;
            context.Report(quantity.Span, who, said, context.Article.Slice(quantity.Span).ToString());
        }
    }

    /// <summary>The figure as stated, within 10%: "up to 45,000" is not Lithuania's "up to 30,000" though its range holds it.</summary>
    private static bool Matches(QuantityClaim quantity, decimal figure) => Math.Abs(quantity.Value - figure) <= figure * 0.1m;

    /// <summary>
    /// "in Belarus"/"on Belarusian soil" or "in Russia" after the number, before the next number of
    /// its clause ("up to 30,000 in total, about 8,000 of them in Belarus": Belarus is the 8,000's).
    /// </summary>
    private static string? Where(ArticleClaims claims, QuantityClaim quantity)
    {
        var syntax = claims.Syntax;
        var sentence = syntax.Sentences[quantity.Sentence];
        var (_, end) = syntax.ClauseAround(sentence, quantity.EndToken - 1);
        for (var t = quantity.EndToken; t < end; t++)
        {
            if (syntax.Tokens[t].IsNumber || syntax.IsWord(t, "total"))
            {
                end = t;
            }
        }

        if (claims.MentionsIn(quantity.EndToken, end, "belarus"))
        {
            return "belarus";
        }

        return claims.MentionsIn(quantity.EndToken, end, "russia") && !claims.HasAnyWord(quantity.EndToken, end, Russians) ? "russia" : null;
    }

    private static string Describe(TroopFigure figure) =>
        figure.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
        + (figure.Where is null ? " in all" : $" in {Wording.Name(figure.Where)}");
}
