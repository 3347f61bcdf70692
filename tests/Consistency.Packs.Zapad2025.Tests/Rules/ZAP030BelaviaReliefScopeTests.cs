namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP030BelaviaReliefScopeTests() : RuleTest(RuleIds.BelaviaReliefScope)
{
    [TestCase("The move allows the carrier to service its fleet and to [|buy new|] Boeing jets.")]
    [TestCase("Belavia can now [|purchase planes|] from Boeing.")]
    [TestCase("The relief lets the airline [|order new|] airliners.")]
    [TestCase("Washington eased sanctions on Belavia, which may now [|buy jets|] again.")]
    [TestCase("Belarusian Airlines will be able to [|acquire new|] aircraft under the eased sanctions.")]
    public void Flags_new_aircraft_in_the_relief(string markup) => Verify(markup);

    [TestCase("Belavia can now service its fleet and buy parts, including for its Boeing aircraft.")]
    [TestCase("The airline still cannot buy new jets.")]
    [TestCase("The relief covers spare parts and maintenance for the carrier.")]
    [TestCase("Lukashenko said Belarus would buy new tractors.")]
    [TestCase("The national airline may buy parts for its Boeing jets.")]
    public void Accepts_servicing_and_parts(string markup) => Verify(markup);
}
