using Consistency.Testing;

namespace Consistency.Packs.Zapad2025.Tests.Rules;

/// <summary>ZAP102 is a corpus rule: each case is several articles read as one corpus, the marked spans the findings expected in each.</summary>
public sealed class ZAP102StatedValuesDisagreeTests
{
    private static readonly Zapad2025Pack Pack = new();

    private static Analysis.AnalysisResult Verify(params string[] articles) => CorpusRuleVerifier.Verify(Pack, RuleIds.StatedValuesDisagree, articles);

    [TestCase("Zapad-2025 drills involved [|45,000|] troops.", "Zapad-2025 drills involved [|60,000|] troops.")]
    [TestCase("Observers from [|32|] countries watched Zapad-2025 at Borisovsky.", "Observers from 23 countries watched the drills at Borisovsky.")]
    [TestCase("Zapad-2025 brought [|some 50,000|] troops to the ranges.", "Zapad-2025 drills involved 7,000 troops.")]
    [TestCase("Zapad-2025 drills involved [|45,000|] troops.", "Zapad-2025 drills involved [|45,000|] troops too.", "Zapad-2025 drills involved [|80,000|] troops.")]
    [TestCase("Delegations from [|nineteen|] countries observed Zapad-2025 at Borisovsky.", "Observers from 23 countries were present at Borisovsky.")]
    [TestCase("Zapad-2025 involved [|20,000|] troops in Belarus.", "Zapad-2025 involved [|40,000|] troops in Belarus.")]
    public void Flags_a_value_stated_as_fact_where_another_article_states_another(params string[] articles) => Verify(articles);

    [TestCase("Zapad-2025 drills involved 45,000 troops.", "Zapad-2025 drills involved about 46,000 troops.")]
    [TestCase("Zapad-2025 drills involved 45,000 troops.", "Zapad-2025 is smaller. Analysts say 60,000 troops took part.")]
    [TestCase("Zapad-2021 involved 200,000 troops.", "Zapad-2025 drills involved 45,000 troops.")]
    [TestCase("The Soviet Zapad-81 put roughly 150,000 troops in the field.", "Zapad-2025 drills involved 45,000 troops.")]
    [TestCase("Observers from nearly two dozen countries watched at Borisovsky.", "Observers from 23 countries watched at Borisovsky.")]
    [TestCase("Zapad-2025 drills involved 45,000 troops.", "Zapad-2025 ended on Tuesday.")]
    [TestCase("Zapad-2025 involved 20,000 troops in Belarus.", "Zapad-2025 involved 40,000 troops in Russia.")]
    [TestCase("Zapad-2025 drills involved 45,000 troops. Zapad-2025 drills involved 60,000 troops.", "Zapad-2025 ended on Tuesday.")]
    [TestCase("Zapad-2025 drills involved 7,000 troops.", "Zapad-2025 drills involved 30,000 troops.")]
    public void Accepts_attributed_agreeing_known_past_and_lone_values(params string[] articles) => Verify(articles);

    [Test]
    public void The_message_names_the_other_value_and_where_and_relates_it_as_stated_as_fact()
    {
        var result = Verify("Zapad-2025 drills involved [|45,000|] troops.", "Zapad-2025 drills involved [|60,000|] troops.");

        var finding = result.CorpusReports.Single(r => r.Path == "article-1.txt").Diagnostics.Single();
        finding.Message.ShouldBe("Zapad-2025 troops: this article states \"45,000\" as fact, but other articles state 60,000 (article-2.txt line 1); check the figure or say who counted");
        finding.Severity.ShouldBe(Consistency.Rules.Severity.Warning);
        finding.Related.Single().Path.ShouldBe("article-2.txt");
        finding.Related.Single().Message.ShouldBe("\"60,000\", stated as fact");
    }
}
