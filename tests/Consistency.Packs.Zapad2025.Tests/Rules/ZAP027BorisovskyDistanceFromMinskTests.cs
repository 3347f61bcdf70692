namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP027BorisovskyDistanceFromMinskTests() : RuleTest(RuleIds.BorisovskyDistanceFromMinsk)
{
    [TestCase("The main stage is at the Borisovsky training ground, located [|some 40|] kilometres south-west of Minsk.")]
    [TestCase("The range near Barysaw lies [|120|] km from Minsk.")]
    [TestCase("Borisov, [|30|] kilometers from Minsk, hosted the guests.")]
    [TestCase("The training ground is [|200|] km from Minsk.")]
    [TestCase("Guests were driven [|50|] km from Minsk to the Borisovsky range.")]
    public void Flags_another_distance(string markup) => Verify(markup);

    [TestCase("The Borisovsky ground lies about 74 km north-east of Minsk.")]
    [TestCase("The range near Barysaw is some 70 kilometres from Minsk.")]
    [TestCase("Borisov, 75 km from Minsk, hosted the guests.")]
    [TestCase("The Polish border is 300 km west of Minsk.")]
    [TestCase("Mulino lies 1,000 km from Minsk.")]
    public void Accepts_its_distance_and_other_places(string markup) => Verify(markup);
}
