namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP040KalibrInTheBarentsSeaTests() : RuleTest(RuleIds.KalibrInTheBarentsSea)
{
    [TestCase("The nuclear submarine Arkhangelsk fired a Kalibr cruise missile at a target in the [|Baltic Sea|].")]
    [TestCase("A Kalibr struck a target in the [|Black Sea|] during the drills.")]
    [TestCase("The submarine launched a cruise missile into the [|Norwegian Sea|].")]
    [TestCase("Interfax said a Kalibr hit its target in the [|White Sea|].")]
    [TestCase("From the Arkhangelsk, a missile was fired across the [|Baltic Sea|].")]
    public void Flags_another_sea_for_the_launch(string markup) => Verify(markup);

    [TestCase("A Kalibr was launched from the Arkhangelsk at a target in the Barents Sea.")]
    [TestCase("Drills ran in the Baltic Sea, and a Kalibr was fired in the Barents Sea.")]
    [TestCase("Russian ships exercised in the Baltic Sea.")]
    [TestCase("The drills spanned Belarus, Russia, and the Baltic and Barents seas.")]
    [TestCase("The submarine Arkhangelsk is based in the north.")]
    public void Accepts_the_barents_sea_and_other_seas(string markup) => Verify(markup);

    [TestCase("During the active phase, the submarine Arkhangelsk launched a Kalibr cruise missile at a target in the [|Baltic Sea|], Interfax reported.")]
    public void Misquoting_interfax_is_a_warning(string markup) => Verify(markup).Single(d => d.Id == RuleId).Severity.ShouldBe(Consistency.Rules.Severity.Warning);
}
