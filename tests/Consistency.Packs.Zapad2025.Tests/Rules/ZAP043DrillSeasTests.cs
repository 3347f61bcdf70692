namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP043DrillSeasTests() : RuleTest(RuleIds.DrillSeas)
{
    [TestCase("For five days, troops of both countries exercised in Belarus and Russia, and on the Baltic and [|Black seas|].")]
    [TestCase("Zapad-2025 included naval drills in the [|Caspian Sea|].")]
    [TestCase("The exercise spanned Belarus, Russia and the [|White Sea|].")]
    [TestCase("Warships drilled in the [|Black Sea|] during Zapad.")]
    [TestCase("The manoeuvres reached from Belarus to the [|Norwegian Sea|].")]
    public void Flags_another_sea(string markup) => Verify(markup);

    [TestCase("The drills ran in Belarus, Russia and the Baltic and Barents seas.")]
    [TestCase("Ships of the Black Sea Fleet were not part of Zapad.")]
    [TestCase("NATO held its own drills in the Black Sea, unlike Zapad.")]
    [TestCase("Zapad-2025 was staged in Belarus, Russia and the waters of the Baltic and Barents seas.")]
    [TestCase("Grain ships crossed the Black Sea that week.")]
    [TestCase("Was any of the exercise held in the Black Sea? No.")]
    public void Accepts_its_seas_and_other_fleets(string markup) => Verify(markup);
}
