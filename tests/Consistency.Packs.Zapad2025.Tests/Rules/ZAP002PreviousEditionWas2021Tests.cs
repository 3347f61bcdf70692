namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP002PreviousEditionWas2021Tests() : RuleTest(RuleIds.PreviousEditionWas2021)
{
    [TestCase("The Zapad-2025 exercises involve fewer troops this time compared to the 200,000 participants in [|2022|].")]
    [TestCase("The last Zapad, in [|2022|], preceded the invasion.")]
    [TestCase("Zapad-2025 follows the previous round in [|2019|].")]
    [TestCase("Belarusian state media describe the exercises as held \"every two years\"; the previous Zapad took place in [|2023|].")]
    [TestCase("The previous Zapad-[|2023|] drills were larger.")]
    [TestCase("Zapad was last held in [|2018|].")]
    [TestCase("Zapad 2025 is far smaller than the [|2022|] Zapad exercises.")]
    public void Flags_another_year_for_the_previous_edition(string markup) => Verify(markup);

    [TestCase("NATO recalls the last Zapad drills in 2021, which covered a buildup.")]
    [TestCase("These drills were notably smaller than the 2021 Zapad exercises.")]
    [TestCase("Zapad-2017 drew 12,700 troops, the 2017 edition being the last before the pandemic.")]
    [TestCase("The February 2022 drill was Union Resolve-2022, not a Zapad.")]
    [TestCase("Zapad-2025 is smaller than Union Resolve-2022.")]
    [TestCase("There was no Zapad in 2022 or 2023.")]
    [TestCase("Previous rounds were held in 2009, 2013, 2017 and 2021.")]
    [TestCase("Zapad-2025 is smaller than before the 2022 invasion of Ukraine.")]
    [TestCase("Memories of Zapad-2021 linger.")]
    public void Accepts_2021_and_older_editions_named_as_such(string markup) => Verify(markup);
}
