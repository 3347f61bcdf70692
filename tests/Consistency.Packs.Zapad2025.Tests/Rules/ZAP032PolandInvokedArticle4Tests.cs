namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP032PolandInvokedArticle4Tests() : RuleTest(RuleIds.PolandInvokedArticle4)
{
    [TestCase("Furious Poland triggered NATO's [|Article 5|] — the alliance's all-for-one clause.")]
    [TestCase("Warsaw invoked [|Article 5|] on Wednesday after the drones crossed into Poland.")]
    [TestCase("Poland requested [|Article 5|] consultations with its allies.")]
    [TestCase("After the incursion, Poland activated NATO [|Article 5|].")]
    [TestCase("Poland, citing [|Article 5|], called its allies together.")]
    [TestCase("Warsaw wasted no time in triggering NATO's [|Article 5|], calling allies in for talks.")]
    public void Flags_article_5_as_what_poland_invoked(string markup) => Verify(markup);

    [TestCase("Poland invoked NATO's Article 4 on 10 September.")]
    [TestCase("Poland invoked Article 4, stopping short of Article 5.")]
    [TestCase("Poland did not invoke Article 5.")]
    [TestCase("Article 5, the collective defence clause, has been invoked only once, after 9/11.")]
    [TestCase("Warsaw asked for consultations under Article 4 rather than Article 5.")]
    [TestCase("At no time did Poland invoke Article 5.")]
    public void Accepts_article_4_and_weighing_the_two(string markup) => Verify(markup);
}
