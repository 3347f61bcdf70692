namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP028BorisovskyNorthEastOfMinskTests() : RuleTest(RuleIds.BorisovskyNorthEastOfMinsk)
{
    [TestCase("The Borisovsky training ground, located some 40 kilometres [|south-west of|] Minsk, hosts the main stage.")]
    [TestCase("The range near Borisov, [|west of|] Minsk, was busy.")]
    [TestCase("Barysaw lies 74 km [|south of|] Minsk.")]
    [TestCase("The training ground [|southwest of|] Minsk opened to guests.")]
    [TestCase("The Borisovsky site, 70 km north-[|west of|] Minsk, hosted them.")]
    [TestCase("Belarus says up to 7,000 troops are taking part, with the main action at the Borisovsky training ground, about 74 km [|southwest of|] Minsk.")]
    [TestCase("The Borisov polygon is situated 74 kilometres to [|south-west from|] Minsk.")]
    public void Flags_another_bearing(string markup) => Verify(markup);

    [TestCase("The Borisovsky ground lies about 74 km north-east of Minsk.")]
    [TestCase("The range near Barysaw is east of Minsk.")]
    [TestCase("Poland lies west of Minsk.")]
    [TestCase("The Borisovsky ground is not south of Minsk.")]
    [TestCase("Guests flew into Minsk from the west and drove to the range.")]
    public void Accepts_its_bearing_and_other_places(string markup) => Verify(markup);
}
