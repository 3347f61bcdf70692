using Consistency.Rules;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>An article's own cadence and its earlier editions must agree.</summary>
/// <remarks>
/// An internal contradiction, whatever the facts: "Zapad-2025, held every four years … than
/// the 200,000 participants in [|2022|]" puts an edition three years back. Reported, at warning,
/// where the second of the two statements stands (as a compiler reports a duplicate at its second
/// definition): that is where the article breaks what it already said. Accepts a cadence that
/// divides the gap ("every four years" with Zapad-2017 eight years back).
/// </remarks>
public sealed class ZAP003CadenceMatchesEditions : Rule
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.CadenceMatchesEditions,
        "The article's cadence contradicts its own earlier editions",
        "The article says {0}, yet puts an earlier Zapad in {1}, {2} before Zapad-2025",
        RuleCategories.Series,
        Severity.Warning,
        "A cadence and an earlier edition stated in one article must agree; when they do not, at least one of them is wrong.",
        [Evidence.UsObserversAttend, Evidence.TroopsArriveInBelarus],
        ["held every four years … the 200,000 participants in 2022", "every two years … the previous edition in 2021 … Zapad-2019"],
        ["held every four years … the last Zapad drills in 2021", "every four years … Zapad-2017", "every four years … Russia alone held Zapad-99 in 1999"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        // Earlier editions the article itself asserts, within the joint series: Zapad-81 and Zapad-99
        // are history of the name, and a fact-check's quoted claim ("Zapad was also held in 2022") is
        // not the article's own word.
        var earlier = claims.Editions
            .Where(e => e.Year < StoryFacts.CurrentEdition && e.Year >= StoryFacts.EditionYears[0] && claims.AttributionFor(e) is null && !claims.AssertsNothingAt(e.Span.Start))
            .ToList();
        var reported = new HashSet<int>();
        foreach (var recurrence in claims.Recurrences)
        {
            if (!claims.IsAboutZapadAt(recurrence.Sentence, recurrence.Span.Start) || claims.AttributionFor(recurrence) is not null || !decimal.IsInteger(recurrence.IntervalYears))
            {
                continue;
            }

            var conflict = earlier.Find(e => (StoryFacts.CurrentEdition - e.Year) % recurrence.IntervalYears != 0);
            if (conflict is not null)
            {
                var gap = StoryFacts.CurrentEdition - conflict.Year;
                var second = conflict.Span.Start > recurrence.Span.Start ? conflict.Span : recurrence.Span;
                if (reported.Add(second.Start))
                {
                    context.Report(second, ZAP001CadenceIsFourYears.Describe(recurrence.IntervalYears), conflict.Year, Wording.Years(gap));
                }
            }
        }
    }
}
