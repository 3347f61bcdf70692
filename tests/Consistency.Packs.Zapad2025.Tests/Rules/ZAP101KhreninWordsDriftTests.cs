using Consistency.Testing;

namespace Consistency.Packs.Zapad2025.Tests.Rules;

/// <summary>ZAP101 is a corpus rule: each case is several articles read as one corpus, the marked spans the findings expected in each.</summary>
public sealed class ZAP101KhreninWordsDriftTests
{
    private static readonly Zapad2025Pack Pack = new();

    private const string Open = "Khrenin told the officers: “We will show you whatever you want. You can go and see, talk to people.”";
    private const string MoscowTimes = "“We'll show you whatever you're interested in, whatever you want. You can go and see for yourself, talk to people,” Khrenin said.";

    private static Analysis.AnalysisResult Verify(params string[] articles) => CorpusRuleVerifier.Verify(Pack, RuleIds.KhreninWordsDrift, articles);

    [TestCase(Open, MoscowTimes, "Khrenin told them: “[|We will show you nothing. You can go and see, talk to people|].”")]
    [TestCase(Open, MoscowTimes, "“[|We will show you only what the programme allows. You can go and see, talk to people|],” Khrenin said.")]
    [TestCase(Open, MoscowTimes, "“[|You cannot go and see or talk to people; we will show you whatever you want|],” Khrenin said.")]
    [TestCase("Khrenin told them: “[|We will show you nothing. You can go and see, talk to people|].”", Open, MoscowTimes, Open)]
    [TestCase(Open, MoscowTimes, "The Moscow Times rendered it: “[|We will show you nothing you want. You can go and see, talk to people|].”")]
    [TestCase(Open, "Khrenin told them: “[|We will show you nothing. You can go and see, talk to people|].”", MoscowTimes, "“[|We will show you only what the programme allows. You can go and see, talk to people|],” Khrenin said.")]
    public void Flags_a_rendering_whose_meaning_differs_from_every_other_article(params string[] articles) => Verify(articles);

    [TestCase(Open, "Khrenin told them: “We will show you nothing. You can go and see, talk to people.”")]
    [TestCase(Open, MoscowTimes, "Khrenin welcomed the Americans, telling them they could “see whatever you want” at Borisov.")]
    [TestCase(Open, MoscowTimes, Open)]
    [TestCase(Open, MoscowTimes, "“We have nothing to hide,” Khrenin insisted.")]
    [TestCase(Open, MoscowTimes, "Khrenin told them: “We will show you whatever you want. You can go and see, talk to people. We have nothing to hide.”")]
    [TestCase(Open, MoscowTimes, "Lukashenko told the officers: “We will show you nothing. You can go and see, talk to people.”")]
    [TestCase("Khrenin told them: “We will show you nothing. You can go and see, talk to people.” Later: “We will show you whatever you want. You can go and see, talk to people,” Khrenin said.", Open)]
    public void Accepts_other_wordings_of_the_same_offer_and_undecided_pairs(params string[] articles) => Verify(articles);

    [Test]
    public void The_message_shows_the_word_diff_against_the_closest_rendering_and_relates_the_others()
    {
        var result = Verify(Open, MoscowTimes, "Khrenin told them: “[|We will show you nothing. You can go and see, talk to people|].”");

        var finding = result.CorpusReports.SelectMany(r => r.Diagnostics).Single();
        finding.Message.ShouldBe("Khrenin's words to the US officers read here unlike in every other article: this rendering adds 'nothing' (word diff against article-1.txt line 1: we will show you [-whatever you want-] {+nothing+} you can go and see talk to people)");
        finding.Severity.ShouldBe(Consistency.Rules.Severity.Info);
        finding.Related.Select(r => r.Path).ShouldBe(["article-1.txt", "article-2.txt"]);
        finding.Related[0].Message.ShouldBe("\"We will show you whatever you want. You can go and see, talk to people\", attributed to Khrenin");
    }
}
