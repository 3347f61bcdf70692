namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP024RomanianDroneNotDownedTests() : RuleTest(RuleIds.RomanianDroneNotDowned)
{
    [TestCase("A drone strayed into Romania on Saturday; Romanian F-16s [|shot it down|].")]
    [TestCase("The drone was [|downed|] over Romania by two F-16s.")]
    [TestCase("Romania [|destroyed|] the drone near Galati.")]
    [TestCase("Romanian jets [|shot down|] a Russian drone on 13 September.")]
    [TestCase("Bucharest said its fighters had [|brought the drone down|] over Romanian territory.")]
    [TestCase("When a drone crossed into Romania, its F-16s [|blasted it out|] of the sky.")]
    [TestCase("Romanian jets [|fired on|] the drone over the Danube delta.")]
    [TestCase("Two F-16s [|intercepted|] the drone over Romania on Saturday.")]
    [TestCase("A Russian drone entered Romanian airspace. Bucharest now says its F-16s [|shot the drone down|].")]
    public void Flags_the_romanian_drone_shot_down(string markup) => Verify(markup);

    [TestCase("Romanian F-16s were scrambled as a drone entered its airspace.")]
    [TestCase("Romania's jets did not shoot the drone down.")]
    [TestCase("Poland shot down several drones; in Romania, F-16s were scrambled.")]
    [TestCase("Romania scrambled two F-16s, but they did not fire on the drone.")]
    [TestCase("Unlike Poland, which shot down drones, Romania only tracked one.")]
    [TestCase("Did Romanian jets shoot the drone down? No.")]
    [TestCase("Romania's jets flew out to meet the drone but did not fire.")]
    public void Accepts_the_scramble_and_other_shootdowns(string markup) => Verify(markup);
}
