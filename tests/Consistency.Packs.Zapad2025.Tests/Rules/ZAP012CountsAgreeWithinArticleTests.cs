namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP012CountsAgreeWithinArticleTests() : RuleTest(RuleIds.CountsAgreeWithinArticle)
{
    [TestCase("Two US officers attended.\nLater, the [|three|] American officers left.")]
    [TestCase("2 U.S. officers came. [|Four|] US officers left.")]
    [TestCase("Belarus freed 52 prisoners. The [|42|] prisoners freed went to Lithuania.")]
    [TestCase("Belarus released fifty-two detainees on Thursday.\nOf the [|51|] detainees released, 14 were foreigners.")]
    [TestCase("Two US officers watched. Then [|three|] US officers and [|five|] US officers were seen.")]
    [TestCase("Observers from 23 countries watched. The [|27|] countries whose observers stood there included three NATO members.")]
    public void Flags_a_second_count_that_differs(string markup) => Verify(markup);

    [TestCase("Two US officers attended. The 2 U.S. officers left.")]
    [TestCase("Two US officers attended. Lithuania says three US officers came.")]
    [TestCase("Belarus freed 52 prisoners. All 52 prisoners released were taken to Lithuania.")]
    [TestCase("Two US officers attended. Three Russian officers briefed them.")]
    [TestCase("Belarus freed 52 prisoners. In December, 123 prisoners were freed.")]
    public void Accepts_one_count_said_twice(string markup) => Verify(markup);
}
