namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP035Zapad2021TroopsTests() : RuleTest(RuleIds.Zapad2021Troops)
{
    [TestCase("Four years ago, at Zapad-2021, the Russian Defence Ministry spoke of [|some 100,000|] troops.")]
    [TestCase("Zapad-2021 involved [|50,000|] soldiers.")]
    [TestCase("The 2021 drills drew [|300,000|] troops.")]
    [TestCase("In Zapad-2021, [|80,000|] servicemen took part, Minsk said.")]
    [TestCase("Zapad-2021 mobilised [|about 20,000|] troops in Belarus, Belarus counted.")]
    [TestCase("Compare that with the last edition, Zapad-2021, which drew [|some 200,000|] troops according to the Belarusian Defence Ministry.")]
    [TestCase("The previous edition, Zapad-2021, involved, [|according to NATO, about 200,000|] troops.")]
    [TestCase("- Zapad-2021 (10-16 September 2021): [|about 200,000 troops, as claimed by Minsk|].")]
    [TestCase("Zapad-2021 ran from 10 to 16 September 2021. Moscow claimed [|around 100,000|] troops took part.")]
    public void Flags_another_figure(string markup) => Verify(markup);

    [TestCase("Zapad-2021 drew about 200,000 troops, Russia said.")]
    [TestCase("Belarus counted about 12,800 troops on its soil in 2021.")]
    [TestCase("Zapad-2021 involved nearly 200,000 troops.")]
    [TestCase("At Zapad-2021, the Russian Defence Ministry spoke of some 200,000 troops, while Belarus counted about 12,800.")]
    [TestCase("Zapad-2025 drew 100,000 troops, Putin said, fewer than in 2021.")]
    [TestCase("These drills, involving about 7,000 troops (including 6,000 Belarusian soldiers), were notably smaller than the 2021 Zapad exercises, which had featured nearly 200,000 personnel.")]
    public void Accepts_the_figure_and_other_counts(string markup) => Verify(markup);
}
