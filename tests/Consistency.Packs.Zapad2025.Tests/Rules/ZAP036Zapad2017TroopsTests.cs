namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP036Zapad2017TroopsTests() : RuleTest(RuleIds.Zapad2017Troops)
{
    [TestCase("Zapad-2017, officially declaring [|some 100,000|] troops, alarmed the Baltics.")]
    [TestCase("Zapad-2017 put [|40,000|] soldiers in the field.")]
    [TestCase("In 2017 the drills involved [|25,000|] troops.")]
    [TestCase("Zapad-2017 had [|about 50,000|] troops, Moscow said.")]
    [TestCase("The 2017 edition drew [|70,000|] servicemen.")]
    [TestCase("Earlier editions\n- Zapad-2017 (14-20 September 2017): officially involved [|17,200|] troops.")]
    [TestCase("Zapad-2017 officially involved [|12,900|] troops.")]
    [TestCase("14-20 September 2017 - Zapad-2017; officially [|12,900|] troops.")]
    public void Flags_another_figure(string markup) => Verify(markup);

    [TestCase("Zapad-2017 officially involved 12,700 troops.")]
    [TestCase("Before Zapad-2017, Western officials feared up to 100,000 troops.")]
    [TestCase("Zapad-2017 drew some 12,700 soldiers.")]
    [TestCase("Western estimates of Zapad-2017 ran to 100,000 troops.")]
    [TestCase("Zapad-2021 drew 200,000 troops, far more than in 2013.")]
    [TestCase("Zapad-2017 officially involved about 13,000 troops.")]
    [TestCase("14-20 September 2017 - Zapad-2017; officially 12,700 troops, while Western estimates ran up to 100,000.")]
    public void Accepts_the_figure_and_other_counts(string markup) => Verify(markup);
}
