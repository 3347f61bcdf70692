namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP034TrumpCouldHaveBeenAMistakeTests() : RuleTest(RuleIds.TrumpCouldHaveBeenAMistake)
{
    [TestCase("When Russian drones crossed into Polish airspace, President Trump said the incursion \"[|was most likely a mistake|]\".")]
    [TestCase("Trump said it \"[|was a mistake|]\".")]
    [TestCase("[|Vance|] said it \"could have been a mistake\".")]
    [TestCase("Trump told reporters the raid “[|was probably a mistake|]”.")]
    [TestCase("Trump said the drones \"[|were a mistake|]\", nothing more.")]
    public void Flags_the_hedge_dropped_or_the_words_given_to_another(string markup) => Verify(markup);

    [TestCase("Trump said the incursion \"could have been a mistake\".")]
    [TestCase("Trump said it \"may have been a mistake\".")]
    [TestCase("\"No, it wasn't a mistake,\" said Foreign Minister Radosław Sikorski.")]
    [TestCase("Tusk: \"We would also wish that the drone attack on Poland was a mistake. But it wasn't.\"")]
    [TestCase("\"That was a big mistake,\" a Polish farmer said of the closure.")]
    [TestCase("Sept 12 — Tusk answers Trump: \"We would also wish that the drone attack on Poland was a mistake. But it wasn't.\"")]
    public void Accepts_the_hedge_and_the_answers(string markup) => Verify(markup);
}
