namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP023WarInItsFourthYearTests() : RuleTest(RuleIds.WarInItsFourthYear)
{
    [TestCase("Border towns brace\nBIAŁYSTOK, Thursday 11 September 2025 —\nThe war in Ukraine, now in its [|third year|], hangs over the region.")]
    [TestCase("Drills end\nPublished 16 September 2025\nAfter [|two years|] of war, Kyiv watches the border.")]
    [TestCase("The drills began on 12 September. The war in Ukraine, in its [|fifth year|], shapes them.")]
    [TestCase("Minsk, 15.09.2025\nRussia's invasion of Ukraine is [|four and a half years|] old.")]
    [TestCase("On 15 September observers arrived. The war has dragged on for [|nearly two years|].")]
    public void Flags_another_age_for_the_war_on_the_articles_date(string markup) => Verify(markup);

    [TestCase("Drills end\nPublished 16 September 2025\nThe war, now in its fourth year, hangs over the drills.")]
    [TestCase("Drills end\nPublished 16 September 2025\nThree and a half years of war have changed Belarus.")]
    [TestCase("Drills end\nPublished 16 September 2025\nIt is more than three years since the invasion of Ukraine began.")]
    [TestCase("Drills end\nPublished 16 September 2025\nAfter three years of war, Kyiv watches the border.")]
    [TestCase("The war in Ukraine, now in its third year, hangs over the region.")]
    [TestCase("Drills end\nPublished 16 September 2025\nZapad war games are held every four years.")]
    [TestCase("Drills end\nPublished 16 September 2025\nThe Cold War ended 34 years ago.")]
    public void Accepts_its_age_and_undated_articles(string markup) => Verify(markup);
}
