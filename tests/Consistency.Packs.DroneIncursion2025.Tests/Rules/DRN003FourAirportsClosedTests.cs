namespace Consistency.Packs.DroneIncursion2025.Tests.Rules;

public sealed class DRN003FourAirportsClosedTests() : RuleTest(RuleIds.FourAirportsClosed)
{
    [TestCase("[|Three|] airports were shut during the night.")]
    [TestCase("[|Six|] Polish airports closed as jets scrambled.")]
    [TestCase("Authorities closed [|two|] airports, including Chopin.")]
    [TestCase("The incursion forced the closure of [|five|] airports.")]
    [TestCase("[|3|] major airports suspended flights and were closed.")]
    public void Flags_another_number_of_airports_closed(string markup) => Verify(markup);

    [TestCase("Four airports were shut during the night.")]
    [TestCase("Four Polish airports closed as jets scrambled.")]
    [TestCase("Authorities closed four airports, including Chopin.")]
    [TestCase("Poland has 15 airports, and most stayed open.")]
    [TestCase("The airport in Lublin reopened after two hours.")]
    public void Accepts_four_and_other_counts(string markup) => Verify(markup);
}
