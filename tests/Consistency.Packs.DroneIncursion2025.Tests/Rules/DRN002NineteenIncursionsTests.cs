namespace Consistency.Packs.DroneIncursion2025.Tests.Rules;

public sealed class DRN002NineteenIncursionsTests() : RuleTest(RuleIds.NineteenIncursions)
{
    [TestCase("[|23|] drones violated Polish airspace overnight.")]
    [TestCase("[|Twelve|] drones entered Poland's airspace from Belarus.")]
    [TestCase("The military counted [|29|] incursions into Polish airspace.")]
    [TestCase("In all, [|15|] Russian drones crossed into Poland that night.")]
    [TestCase("[|Seventeen|] Russian drones flew into Polish airspace.")]
    public void Flags_another_count_of_drones_entering_poland(string markup) => Verify(markup);

    [TestCase("19 drones violated Polish airspace overnight.")]
    [TestCase("Nineteen drones entered Poland's airspace from Belarus.")]
    [TestCase("Three drones were shot down over Poland.")]
    [TestCase("Russia launched 415 drones at Ukraine that night, and some entered Polish airspace.")]
    [TestCase("Four airports near the airspace were closed.")]
    [TestCase("The military counted 19 incursions into Polish airspace.")]
    public void Accepts_nineteen_and_other_counts(string markup) => Verify(markup);
}
