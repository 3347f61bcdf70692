namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP001CadenceIsFourYearsTests() : RuleTest(RuleIds.CadenceIsFourYears)
{
    [TestCase("The Zapad-2025 exercises, held [|every two years|], began on Friday.")]
    [TestCase("Zapad, the [|biennial|] Russia-Belarus exercise, opened on Friday.")]
    [TestCase("Zapad 2025 is staged [|every 5 years|] by Moscow and Minsk.")]
    [TestCase("The Zapad drills take place [|every other year|].")]
    [TestCase("Zapad2025 follows a [|three-year cycle|] of strategic drills.")]
    [TestCase("Zapad is an [|annual|] show of force.")]
    [TestCase("Zapad comes round [|once in three years|].")]
    [TestCase("Zapad-2025 began on Friday.\nThe drills, held [|every third year|], involve both armies.")]
    public void Flags_a_stated_cadence_other_than_four_years(string markup) => Verify(markup);

    [TestCase("The Zapad-2025 exercises, held every four years, involve fewer troops.")]
    [TestCase("Zapad is held every 4 years.")]
    [TestCase("Zapad, the quadrennial Russia-Belarus exercise, opened on Friday.")]
    [TestCase("Zapad runs on a four-year cycle.")]
    [TestCase("Belarusian state media describe the joint Zapad exercises as held every two years.")]
    [TestCase("NATO holds its summit every year, while Zapad comes round every four years.")]
    [TestCase("Prices rise every two years in Minsk.")]
    [TestCase("Zapad-2025 began on Friday. Elections in Belarus are held every five years.")]
    public void Accepts_four_years_and_cadences_of_other_things(string markup) => Verify(markup);

    [TestCase("Zapad is held {|ZAP001:every three years|}, according to one Lithuanian analyst.")]
    [TestCase("As the Defence Ministry has explained, joint strategic exercises such as Zapad are held {|ZAP001:every two years|}, with Zapad alternating with other exercises.")]
    public void Reports_an_attributed_other_cadence_as_a_note(string markup)
    {
        var diagnostics = Consistency.Testing.RuleVerifier.Verify(new Zapad2025Pack(), RuleId, markup);
        diagnostics.Single().Severity.ShouldBe(Consistency.Rules.Severity.Info);
    }
}
