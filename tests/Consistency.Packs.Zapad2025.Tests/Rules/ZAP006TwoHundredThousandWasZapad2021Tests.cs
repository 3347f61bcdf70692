namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP006TwoHundredThousandWasZapad2021Tests() : RuleTest(RuleIds.TwoHundredThousandWasZapad2021)
{
    [TestCase("Zapad-2025 brought together [|some 200,000|] troops from both countries.")]
    [TestCase("Zapad 2025 involves [|200000|] soldiers, the ministry's figures show.")]
    [TestCase("Zapad-2017 mobilised [|200,000|] soldiers.")]
    [TestCase("This year's Zapad drills involve [|about 200K|] troops.")]
    [TestCase("The Zapad drills now under way involve [|nearly 200,000|] personnel.")]
    public void Flags_200000_given_as_the_size_of_another_edition(string markup) => Verify(markup);

    [TestCase("The drills were notably smaller than the 2021 Zapad exercises, which had featured nearly 200,000 personnel.")]
    [TestCase("Zapad-2025 has fewer troops than the 200,000 of four years ago.")]
    [TestCase("NATO recalls Zapad-2021. That exercise mobilized 200,000 troops.")]
    [TestCase("Russia said about 200,000 took part in Zapad-2021.")]
    [TestCase("Zapad-2025 involves 7,000 troops in Belarus.")]
    [TestCase("Some 200,000 people live in Barysaw.")]
    [TestCase("Compare that with the last edition, Zapad-2021, which drew some 200,000 troops according to the Russian Defence Ministry.")]
    [TestCase("Zapad-2021 drew about 12,800 troops on Belarusian soil, according to the Belarusian Defence Ministry.")]
    public void Accepts_200000_for_2021_and_in_comparisons(string markup) => Verify(markup);
}
