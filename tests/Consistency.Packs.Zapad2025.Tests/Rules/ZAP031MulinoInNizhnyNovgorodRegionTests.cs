namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP031MulinoInNizhnyNovgorodRegionTests() : RuleTest(RuleIds.MulinoInNizhnyNovgorodRegion)
{
    [TestCase("Vladimir Putin, visiting the main Russian site at Mulino in the [|Kaliningrad region|] on Tuesday, said 100,000 troops took part.")]
    [TestCase("Putin watched the drills at Mulino ([|Pskov region|]).")]
    [TestCase("The [|Smolensk region's|] Mulino range hosted Putin.")]
    [TestCase("Putin flew to Mulino, [|Kaliningrad|], on 16 September.")]
    [TestCase("The Mulino training ground near [|Bryansk|] was the main Russian site.")]
    [TestCase("Putin, in camouflage, toured Mulino in the [|Moscow region|].")]
    [TestCase("Putin arrived at Mulino in the [|Kaluga region|].")]
    public void Flags_another_region_beside_mulino(string markup) => Verify(markup);

    [TestCase("Putin visited Mulino in the Nizhny Novgorod region on Tuesday.")]
    [TestCase("The drills ran at Mulino and in the Kaliningrad region.")]
    [TestCase("Putin visited Mulino on Tuesday.")]
    [TestCase("Drills in the Kaliningrad region and the Baltic Sea ran alongside those at Mulino.")]
    [TestCase("Mulino, in the Nizhny Novgorod Oblast, was the main Russian site.")]
    public void Accepts_its_region_and_other_places(string markup) => Verify(markup);
}
