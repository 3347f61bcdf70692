namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP042BorisovskyInMinskRegionTests() : RuleTest(RuleIds.BorisovskyInMinskRegion)
{
    [TestCase("The main events take place at the Borisovsky training ground in the [|Brest region|], where the two armies practise.")]
    [TestCase("Observers were taken to Barysaw ([|Vitebsk Oblast|]) on Monday.")]
    [TestCase("The [|Grodno region's|] Borisovsky range hosted the guests.")]
    [TestCase("Troops gathered at Borisov, in the [|Gomel region|], for the final phase.")]
    [TestCase("The Barysaw base near [|Mogilev Oblast|] was the main Belarusian site.")]
    [TestCase("Foreign attachés toured the Borisovsky ground in the [|Hrodna region|].")]
    public void Flags_another_region_beside_borisovsky(string markup) => Verify(markup);

    [TestCase("The Borisovsky training ground in the Minsk region hosted observers from 23 countries.")]
    [TestCase("Drills ran at Borisovsky and in the Brest region.")]
    [TestCase("Observers visited Borisovsky on Monday.")]
    [TestCase("Barysaw, in the Minsk Oblast, lies about 74 km north-east of the capital.")]
    [TestCase("Exercises in the Brest region and the Grodno region ran alongside those at Borisovsky.")]
    public void Accepts_its_region_and_other_places(string markup) => Verify(markup);
}
