namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP003CadenceMatchesEditionsTests() : RuleTest(RuleIds.CadenceMatchesEditions)
{
    [TestCase("The Zapad-2025 exercises, held [|every four years|], involve fewer troops this time compared to the 200,000 participants in 2022.")]
    [TestCase("Zapad is held [|every four years|].\nThe previous edition, in 2022, was larger.")]
    [TestCase("Zapad, a [|quadrennial|] drill, was last held in 2023.")]
    [TestCase("Zapad is held [|every two years|]. Zapad-2020 was the last before this one.")]
    [TestCase("Zapad runs on a [|five-year cycle|]; the last Zapad drills were in 2021.")]
    public void Flags_a_cadence_its_own_earlier_editions_break(string markup) => Verify(markup);

    [TestCase("Zapad is held every four years; the last Zapad drills were in 2021.")]
    [TestCase("Zapad is held every four years, and Zapad-2017 drew 12,700 troops.")]
    [TestCase("Zapad is held every two years. Zapad-2021 was the last before this one.")]
    [TestCase("Zapad is held every four years. Union Resolve-2022 was a different exercise.")]
    [TestCase("Zapad is held every four years. Lithuania says the previous edition was in 2022.")]
    public void Accepts_a_cadence_that_fits_the_earlier_editions(string markup) => Verify(markup);
}
