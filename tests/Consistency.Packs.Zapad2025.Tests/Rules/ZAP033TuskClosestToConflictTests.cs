namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP033TuskClosestToConflictTests() : RuleTest(RuleIds.TuskClosestToConflict)
{
    [TestCase("Warsaw invoked NATO's Article 4. [|Foreign Minister Radosław Sikorski|] called it \"the closest we have been to open conflict since World War Two.\"")]
    [TestCase("\"This is the closest we have been to open conflict since World War Two,\" [|Zakharova|] said.")]
    [TestCase("[|Lukashenko|] told reporters: \"It is the closest we have been to open conflict since World War Two.\"")]
    [TestCase("Tusk said it was “[|not the closest we have been to open conflict since World War Two|]”.")]
    [TestCase("“It is the closest we have been to open conflict since the Second World War,” [|Sikorski|] said.")]
    [TestCase("It was [|Radosław Sikorski|], the foreign minister, who told MPs that the country was \"the closest we have been to open conflict since World War Two\".")]
    public void Flags_the_words_given_to_another_or_changed(string markup) => Verify(markup);

    [TestCase("Tusk said the situation was \"the closest we have been to open conflict since World War Two\".")]
    [TestCase("Poland called it \"the closest we have been to open conflict since World War Two\".")]
    [TestCase("A Polish prime minister who says his country has come \"the closest we have been to open conflict since World War Two\" is not crying wolf.")]
    [TestCase("\"We are closer to war than ever,\" a commentator wrote.")]
    [TestCase("\"The closest allies must act together,\" Sikorski said.")]
    [TestCase("It was Donald Tusk, the prime minister, who told MPs that the country was \"the closest we have been to open conflict since World War Two\".")]
    public void Accepts_tusk_and_other_words(string markup) => Verify(markup);
}
