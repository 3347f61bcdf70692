namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP005EditionYearsTests() : RuleTest(RuleIds.EditionYears)
{
    [TestCase("Zapad-[|2023|] showed the same pattern.")]
    [TestCase("The [|2019|] Zapad was cancelled.")]
    [TestCase("Zapad [|2022|] drills were held in February.")]
    [TestCase("Analysts compare it with Zapad[|2015|].")]
    [TestCase("Zapad-[|2011|] drew 12,000 troops.")]
    public void Flags_an_edition_in_a_year_zapad_was_not_held(string markup) => Verify(markup);

    [TestCase("Zapad-2017 drew 12,700 troops.")]
    [TestCase("The 2013 Zapad was modest.")]
    [TestCase("There was no Zapad in 2022 or 2023.")]
    [TestCase("The February 2022 drill was Union Resolve-2022.")]
    [TestCase("Zapad-2029 is already being planned.")]
    [TestCase("Zapad-2009, Zapad-2013 and Zapad-2021 came before.")]
    [TestCase("The Soviet Zapad-81, held in 1981, involved about 150,000 troops.")]
    [TestCase("Russia staged a Zapad exercise on its own in 1999.")]
    public void Accepts_real_editions_and_other_exercises(string markup) => Verify(markup);
}
