namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP038JournalistCountriesTests() : RuleTest(RuleIds.JournalistCountries)
{
    [TestCase("Organisers accredited 150 journalists from [|25|] countries.")]
    [TestCase("Reporters from [|40|] nations covered the drills.")]
    [TestCase("Correspondents from [|twenty|] countries were accredited for Zapad-2025.")]
    [TestCase("The press corps came from [|30|] states.")]
    [TestCase("About 150 journalists from [|nine|] countries were accredited.")]
    public void Flags_another_figure(string markup) => Verify(markup);

    [TestCase("About 150 journalists from 15 countries were accredited.")]
    [TestCase("Observers from 23 countries watched the drills.")]
    [TestCase("Journalists from 15 states covered the exercise.")]
    [TestCase("Belarus invited 56 states; observers came from 23 countries.")]
    [TestCase("Media from fifteen countries covered Zapad-2025.")]
    public void Accepts_the_figure_and_other_counts(string markup) => Verify(markup);
}
