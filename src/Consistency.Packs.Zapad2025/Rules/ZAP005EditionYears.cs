using Consistency.Claims;
using Consistency.Rules;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Zapad editions were held in 2009, 2013, 2017, 2021 and 2025, and in no other year since.</summary>
/// <remarks>
/// Flags a named edition in another year: "Zapad-[|2023|]", "the [|2019|] Zapad". Accepts the
/// real editions ("Zapad-2017", "the 2013 Zapad"), planned ones after 2025, and denials ("there was
/// no Zapad in 2022"), and the exercises of the name before the joint series began in 2009 (the
/// Soviet Zapad-81 of 1981, Russia's Zapad-99). A previous edition in the wrong year is ZAP002's finding, not this one's.
/// </remarks>
public sealed class ZAP005EditionYears : Rule
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.EditionYears,
        "Zapad editions were 2009, 2013, 2017, 2021 and 2025",
        "There was no Zapad in {0}: the editions were 2009, 2013, 2017, 2021 and 2025",
        RuleCategories.Series,
        Severity.Error,
        "The joint Zapad exercises were held in 2009, 2013, 2017, 2021 and 2025; none in 2022 or 2023.",
        [Evidence.UsObserversAttend, Evidence.TroopsArriveInBelarus, Evidence.InterfaxUnionResolve],
        ["Zapad-2023", "the 2019 Zapad", "Zapad 2022 drills"],
        ["Zapad-2017", "the 2013 Zapad", "there was no Zapad in 2022", "Union Resolve-2022", "Zapad-2029 is planned", "the Soviet Zapad-81, held in 1981"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        foreach (var edition in claims.Editions)
        {
            // Only years within the joint series: the name is older (Zapad-81, Zapad-99), and the
            // facts do not list every Soviet or Russian exercise before 2009.
            if (edition.Relation == EditionRelation.Named && edition.Year < StoryFacts.CurrentEdition && edition.Year > StoryFacts.EditionYears[0]
                && !StoryFacts.EditionYears.Contains(edition.Year))
            {
                context.ReportContradiction(edition.Span, edition.Year);
            }
        }
    }
}
