namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP003CadenceMatchesEditionsTests() : RuleTest(RuleIds.CadenceMatchesEditions)
{
    [TestCase("The Zapad-2025 exercises, held every four years, involve fewer troops this time compared to the 200,000 participants in [|2022|].")]
    [TestCase("Zapad is held every four years.\nThe previous edition, in [|2022|], was larger.")]
    [TestCase("Zapad, a quadrennial drill, was last held in [|2023|].")]
    [TestCase("Zapad is held every two years. Zapad-[|2020|] was the last before this one.")]
    [TestCase("The last Zapad drills were in 2021; Zapad runs on a [|five-year cycle|].")]
    [TestCase("Zapad-2019 was small. Zapad is held [|every four years|].")]
    public void Flags_the_second_of_a_cadence_and_an_edition_that_disagree(string markup) => Verify(markup);

    [TestCase("Zapad is held every four years; the last Zapad drills were in 2021.")]
    [TestCase("Zapad is held every four years, and Zapad-2017 drew 12,700 troops.")]
    [TestCase("Zapad is held every two years. Zapad-2021 was the last before this one.")]
    [TestCase("Zapad is held every four years. Union Resolve-2022 was a different exercise.")]
    [TestCase("Zapad is held every four years. Lithuania says the previous edition was in 2022.")]
    [TestCase("The Soviet Zapad-81 in 1981 involved about 150,000 troops, and Russia alone held Zapad-99 in 1999. Zapad is now held every four years.")]
    [TestCase("CLAIM: \"Zapad was also held in 2022, as cover for the invasion.\"\nVERDICT: False.\nZapad runs on a four-year cycle; the edition before this one was Zapad-2021.")]
    public void Accepts_a_cadence_that_fits_the_earlier_editions(string markup) => Verify(markup);
}
