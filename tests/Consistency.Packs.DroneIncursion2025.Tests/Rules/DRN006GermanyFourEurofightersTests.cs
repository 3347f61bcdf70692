namespace Consistency.Packs.DroneIncursion2025.Tests.Rules;

public sealed class DRN006GermanyFourEurofightersTests() : RuleTest(RuleIds.GermanyFourEurofighters)
{
    [TestCase("Germany is sending [|six|] Eurofighters to Poland.")]
    [TestCase("Germany committed [|two|] Eurofighter jets to Eastern Sentry.")]
    [TestCase("Berlin pledged [|eight|] Eurofighter Typhoons.")]
    [TestCase("[|Five|] German Eurofighters will fly air policing.")]
    [TestCase("Germany will contribute [|12|] Typhoons, officials said.")]
    public void Flags_another_number_of_german_eurofighters(string markup) => Verify(markup);

    [TestCase("Germany is sending four Eurofighters to Poland.")]
    [TestCase("Four German Eurofighter Typhoons will fly air policing.")]
    [TestCase("France sent three Rafale jets and Germany four Eurofighters.")]
    [TestCase("Denmark will deploy two F-16 fighters.")]
    [TestCase("The Eurofighter first flew in 1994.")]
    public void Accepts_four_and_other_jets(string markup) => Verify(markup);
}
