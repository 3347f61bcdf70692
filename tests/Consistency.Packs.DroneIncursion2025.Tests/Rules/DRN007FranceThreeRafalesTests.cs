namespace Consistency.Packs.DroneIncursion2025.Tests.Rules;

public sealed class DRN007FranceThreeRafalesTests() : RuleTest(RuleIds.FranceThreeRafales)
{
    [TestCase("France will deploy [|five|] Rafale jets.")]
    [TestCase("[|Two|] French Rafales joined the operation.")]
    [TestCase("Paris is sending [|four|] Rafale fighters to Poland.")]
    [TestCase("France committed [|six|] Rafale aircraft to Eastern Sentry.")]
    [TestCase("The French air force sent [|10|] Rafales east.")]
    public void Flags_another_number_of_french_rafales(string markup) => Verify(markup);

    [TestCase("France will deploy three Rafale jets.")]
    [TestCase("Three French Rafale fighters joined the operation.")]
    [TestCase("Germany sent four Eurofighters and France three Rafales.")]
    [TestCase("Denmark will deploy two F-16 fighters.")]
    [TestCase("The Rafale entered service in 2001.")]
    public void Accepts_three_and_other_jets(string markup) => Verify(markup);
}
