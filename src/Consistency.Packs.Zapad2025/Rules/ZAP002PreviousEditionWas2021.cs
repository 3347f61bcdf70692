using Consistency.Claims;
using Consistency.Rules;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>The Zapad before Zapad-2025 was Zapad-2021 (10–16 September 2021).</summary>
/// <remarks>
/// Flags another year for the previous edition: "the last Zapad, in [|2022|]", "the previous
/// round in [|2019|]", and a comparison with an edition that never was: "fewer troops than the
/// 200,000 participants in [|2022|]". Accepts "the last Zapad drills in 2021", "Zapad-2021", and
/// older editions named as such ("the 2017 edition", "Zapad-2013"). The February 2022 drill was a
/// different exercise, Union Resolve-2022.
/// </remarks>
public sealed class ZAP002PreviousEditionWas2021 : Rule
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.PreviousEditionWas2021,
        "The Zapad before 2025 was held in 2021",
        "The edition before Zapad-2025 was Zapad-2021, not {0}",
        RuleCategories.Series,
        Severity.Error,
        "Zapad-2021 ran 10–16 September 2021; there was no Zapad in 2022 or 2023. The February 2022 joint drill was Union Resolve-2022.",
        [Evidence.TroopsArriveInBelarus, Evidence.InterfaxUnionResolve],
        ["the last Zapad, in 2022", "the previous round in 2019", "fewer troops than the 200,000 participants in 2022"],
        ["the last Zapad drills in 2021", "smaller than the 2021 Zapad exercises", "the 2017 edition", "Union Resolve-2022"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        foreach (var edition in claims.Editions)
        {
            if (!Contradicts(edition))
            {
                continue;
            }

            context.ReportContradiction(edition.Span, edition.Year);
        }
    }

    /// <summary>A previous edition other than 2021, or an earlier edition in a year Zapad was not held.</summary>
    internal static bool Contradicts(EditionClaim edition) => edition.Relation switch
    {
        EditionRelation.Previous => edition.Year != StoryFacts.PreviousEdition && edition.Year < StoryFacts.CurrentEdition,
        EditionRelation.Earlier => edition.Year < StoryFacts.CurrentEdition && !StoryFacts.EditionYears.Contains(edition.Year),
        _ => false,
    };
}
