using Consistency.Claims;
using Consistency.Rules;

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
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
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
            if (!TroopFigureReading.IsCurrentTroopFigure(claims, quantity))
            {
                continue;
            }

            var party = claims.PartyOf(quantity);
            // "including about 4,000 Russians" counts the Russians only: it is held to a count of them.
            var ofRussians = quantity.Counts(TroopFigureReading.Russians);
            var figures = TroopFigures.All.Where(f => f.Party == party && f.OfRussians == ofRussians).ToList();
            if (figures.Count == 0)
            {
                continue;
            }

            var where = TroopFigureReading.Where(claims, quantity);
            var candidates = where is null ? figures : figures.FindAll(f => f.Where == where);
            if (candidates.Count == 0 || candidates.Exists(f => Matches(quantity, f.Value)))
            {
                continue;
            }

            var shown = candidates.FindAll(f => f.Where == where);
            var said = string.Join(" or ", (shown.Count > 0 ? shown : candidates).Select(Describe));
            context.Report(quantity.Span, PartyName(claims, claims.AttributionFor(quantity)!.EntityId!, party!), said, context.Article.Slice(quantity.Span).ToString());
        }
    }

    /// <summary>
    /// The party's name, not the words that attribute ("Lithuanian intelligence expects up to"): the
    /// person's full name ("Vladimir Putin"), else the country ("Lithuania" for Vilnius).
    /// </summary>
    private static string PartyName(ArticleClaims claims, string entityId, string party) =>
        claims.Lexicon.KindOf(entityId) == "person" && claims.Lexicon.Entities.FirstOrDefault(e => e.Id == entityId) is { } person
            ? person.Aliases[0]
            : Wording.Name(party);

    /// <summary>The figure as stated, within 10%: "up to 45,000" is not Lithuania's "up to 30,000" though its range holds it.</summary>
    private static bool Matches(QuantityClaim quantity, decimal figure) => Math.Abs(quantity.Value - figure) <= figure * 0.1m;

    private static string Describe(TroopFigure figure) =>
        figure.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
        + (figure.OfRussians ? " Russians" : string.Empty)
        + (figure.Where is null ? " in all" : $" in {Wording.Name(figure.Where)}");
}
