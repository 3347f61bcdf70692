namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP037Zapad2013TroopsTests() : RuleTest(RuleIds.Zapad2013Troops)
{
    [TestCase("Zapad-2013 brought [|some 22,000|] troops to Belarus.")]
    [TestCase("Zapad-2013 involved [|70,000|] soldiers.")]
    [TestCase("In 2013 the drills drew [|5,000|] troops.")]
    [TestCase("The 2013 edition mobilised [|about 30,000|] servicemen.")]
    [TestCase("Zapad-2013, held in September, had [|40,000|] troops.")]
    [TestCase("Zapad-2013 brought [|some 22,000|] to the ranges.")]
    public void Flags_another_figure(string markup) => Verify(markup);

    [TestCase("Zapad-2013 involved about 12,900 troops.")]
    [TestCase("Nearly 13,000 troops took part in Zapad-2013.")]
    [TestCase("Zapad-2017 officially drew 12,700 troops.")]
    [TestCase("The 2013 edition drew 12,900 soldiers, 2017's 12,700.")]
    [TestCase("In 2013, 12,900 troops took part in Zapad.")]
    [TestCase("Zapad-2013 was held from 20 to 26 September 2013 near Grodno, with 12,900 taking part.")]
    public void Accepts_the_figure_and_other_counts(string markup) => Verify(markup);
}
