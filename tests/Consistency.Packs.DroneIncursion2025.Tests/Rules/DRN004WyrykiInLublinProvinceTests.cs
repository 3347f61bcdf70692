namespace Consistency.Packs.DroneIncursion2025.Tests.Rules;

public sealed class DRN004WyrykiInLublinProvinceTests() : RuleTest(RuleIds.WyrykiInLublinProvince)
{
    [TestCase("Debris hit a house in Wyryki in the [|Podlaskie Voivodeship|].")]
    [TestCase("The roof of a home in Wyryki ([|Podkarpackie|]) was torn open.")]
    [TestCase("Wyryki, [|Masovian Voivodeship|], woke to an explosion.")]
    [TestCase("Police in Wyryki, in the [|Podlaskie Voivodeship|], cordoned off the house.")]
    [TestCase("A drone fell on a house in Wyryki in the [|Lodz province|].")]
    public void Flags_another_region_beside_wyryki(string markup) => Verify(markup);

    [TestCase("Debris hit a house in Wyryki in the Lublin province.")]
    [TestCase("Wyryki, in the Lublin Voivodeship, woke to an explosion.")]
    [TestCase("Parts were found in Wyryki and in the Podlaskie Voivodeship.")]
    [TestCase("A house in Wyryki was damaged; residents of Podkarpackie were warned too.")]
    [TestCase("Missile debris was found in the Lodz province, far from Wyryki.")]
    public void Accepts_its_region_and_other_places(string markup) => Verify(markup);
}
