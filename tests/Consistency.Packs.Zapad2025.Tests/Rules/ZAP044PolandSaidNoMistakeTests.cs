namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP044PolandSaidNoMistakeTests() : RuleTest(RuleIds.PolandSaidNoMistake)
{
    [TestCase("Premier Tusk said on Friday that the drone attack may well have been a [|mistake|].")]
    [TestCase("Sikorski conceded the incursion was an [|accident|].")]
    [TestCase("Tusk called the raid a [|mistake|] by Russian operators.")]
    [TestCase("According to Sikorski, the drones strayed by [|error|].")]
    [TestCase("Donald Tusk admitted the incursion was probably [|accidental|].")]
    public void Flags_their_words_turned_round(string markup) => Verify(markup);

    [TestCase("Tusk said it was not a mistake.")]
    [TestCase("Sikorski: \"No, it wasn't a mistake.\"")]
    [TestCase("Tusk rejected Trump's claim that it could have been a mistake.")]
    [TestCase("\"We would also wish that the drone attack on Poland was a mistake. But it wasn't,\" Tusk said.")]
    [TestCase("Tusk dismissed any talk of a mistake.")]
    [TestCase("Trump said it could have been a mistake; Sikorski called the raid deliberate.")]
    public void Accepts_their_denial(string markup) => Verify(markup);
}
