using Consistency.Rules;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Zapad is held every four years (2009, 2013, 2017, 2021, 2025).</summary>
/// <remarks>
/// Flags a stated cadence other than four years in a sentence about Zapad:
/// "Zapad, held [|every two years|]", "the [|biennial|] drills". Accepts "every four years",
/// "every 4 years", "quadrennial", "a four-year cycle". A cadence attributed to a party is a
/// note, not an error; Belarusian state media's "every two years" (it alternates Zapad with other
/// joint exercises) is that party's framing and is not flagged at all.
/// </remarks>
public sealed class ZAP001CadenceIsFourYears : Rule
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.CadenceIsFourYears,
        "Zapad is held every four years",
        "Zapad is held every four years, not {0}",
        RuleCategories.Series,
        Severity.Error,
        "The joint Russia–Belarus Zapad exercises run on a four-year cycle: 2009, 2013, 2017, 2021, 2025.",
        [Evidence.UsObserversAttend, Evidence.MoscowTimesBorder, Evidence.BeltaDefenceReport],
        ["Zapad-2025, held every two years", "the biennial Zapad drills", "Zapad, staged every five years"],
        ["held every four years", "every 4 years", "the quadrennial exercise", "a four-year cycle", "Belarusian state media describe the exercises as held every two years"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        foreach (var recurrence in claims.Recurrences)
        {
            if (recurrence.IntervalYears == StoryFacts.CadenceYears || !claims.IsAboutZapadAt(recurrence.Sentence, recurrence.Span.Start))
            {
                continue;
            }

            var stated = Describe(recurrence.IntervalYears);
            if (claims.AttributionFor(recurrence) is { } attribution)
            {
                var knownFraming = recurrence.IntervalYears == 2 && StoryContext.IsBelarusianSource(attribution);
                if (!knownFraming)
                {
                    context.Report(recurrence.Span, Severity.Info, $"{stated} (as {attribution.Party} has it)");
                }

                continue;
            }

            context.Report(recurrence.Span, stated);
        }
    }

    /// <summary>"every year", "every two years", "every 2.5 years".</summary>
    internal static string Describe(decimal years) =>
        years == 1 ? "every year"
        : decimal.IsInteger(years) && years <= int.MaxValue ? $"every {Wording.Years((int)years)}"
        : $"every {years.ToString(System.Globalization.CultureInfo.InvariantCulture)} years";
}
