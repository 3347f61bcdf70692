namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP048ZakharovaCalledItConfrontationalTests() : RuleTest(RuleIds.ZakharovaCalledItConfrontational)
{
    [TestCase("Moscow was unimpressed. [|Dmitry Peskov|] called Warsaw's steps \"confrontational\" and urged Poland to reopen the border.")]
    [TestCase("[|Lukashenko|] called the closure \"confrontational\".")]
    [TestCase("Kremlin spokesman [|Peskov|] described the border steps as \"confrontational\".")]
    [TestCase("\"Confrontational,\" said [|Dmitry Peskov|] of the Polish steps.")]
    [TestCase("[|Putin|] said Poland's steps were \"confrontational\".")]
    public void Flags_the_word_given_to_another(string markup) => Verify(markup);

    [TestCase("Maria Zakharova called Poland's steps \"confrontational\".")]
    [TestCase("Russian Foreign Ministry spokeswoman Maria Zakharova called the closure \"confrontational\".")]
    [TestCase("Zakharova described the border steps as \"confrontational\" and urged Warsaw to reopen it.")]
    [TestCase("Poland's steps were \"confrontational\", Zakharova said.")]
    [TestCase("A Polish farmer called the closure \"a disaster\".")]
    public void Accepts_her_word_and_others_words(string markup) => Verify(markup);
}
