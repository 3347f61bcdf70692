using Consistency.Testing;

namespace Consistency.Packs.Zapad2025.Tests.Rules;

/// <summary>ZAP100 is a corpus rule: each case is two articles read as one corpus, the marked spans the findings expected in either.</summary>
public sealed class ZAP100TroopFigureStatedAsFactTests
{
    private static readonly Zapad2025Pack Pack = new();

    private static Analysis.AnalysisResult Verify(params string[] articles) => CorpusRuleVerifier.Verify(Pack, RuleIds.TroopFigureStatedAsFact, articles);

    [TestCase("Zapad-2025 drills involved [|7,000|] troops.", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("Zapad-2025 brought together [|some 200,000|] troops.", "Zapad-2025 is smaller. Putin said 100,000 troops took part across the whole exercise.")]
    [TestCase("Zapad-2025 involved [|up to 45,000|] soldiers in total.", "Zapad-2025 is smaller. According to Lithuania, up to 30,000 troops take part.")]
    [TestCase("Zapad-2025 used [|20,000|] troops.", "Zapad-2025 is smaller. Belarus said about 7,000 troops took part.")]
    [TestCase("Zapad-2025 had [|50,000|] servicemen.", "Zapad-2025 is smaller. Germany's Gen. Carsten Breuer estimated about 13,000 troops in Belarus.")]
    [TestCase("Zapad-2025 is smaller. Lithuania says 30,000 troops take part.", "Zapad-2025 drills involved [|7,000|] troops.", "Zapad-2025 drills involved [|7,000|] troops again.")]
    public void Flags_a_figure_stated_as_fact_beside_attributed_figures(params string[] articles) => Verify(articles);

    // Attribution is read across sentences, but a party merely named, a new paragraph, a contrast or
    // a closed quote leaves the figure the writer's own.
    [TestCase("Zapad-2025 worries Belarus's neighbours. Drills involved [|7,000|] troops.", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("Belarus said Zapad-2025 began on Friday.\n\nDrills involved [|7,000|] troops.", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("Belarus said Zapad-2025 began on Friday. However, [|20,000|] troops take part.", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("Khrenin told them: \"Zapad-2025 is open to all.\" The drills involved [|20,000|] troops.", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("Zapad-2025 in numbers: [|7,000|] troops", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    public void Flags_a_figure_no_statement_around_it_attributes(params string[] articles) => Verify(articles);

    [TestCase("Zapad-2025 drills involved 7,000 troops.", "Zapad-2025 ended on Tuesday.")]
    [TestCase("Zapad-2025 is smaller. Belarus said 7,000 troops took part.", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("Zapad-2025 drills involved about 30,000 troops.", "Zapad-2025 is smaller. Lithuania says up to 30,000 troops take part.")]
    [TestCase("Zapad-2021 involved 200,000 troops.", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("Zapad-2025 began. Belarus notified the OSCE of about 6,850 troops.", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("Zapad-2025 drills involved 7,000 troops.", "Zapad-2025 is smaller. Analysts say 40,000 troops took part.")]
    [TestCase("Did Zapad-2025 involve 7,000 troops?", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("Zapad-2025 drills involved 7,000 troops. Lithuania says 30,000 troops took part.", "Zapad-2025 ended on Tuesday.")]
    [TestCase("Zapad-2025 began. About 6,850 servicemen were notified to the OSCE.", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("Zapad-2025 is smaller. Lithuania now says 30,000 troops in total. Only 8,000 are in Belarus.", "Zapad-2025 is big. Putin said 100,000 troops took part.")]
    public void Accepts_attributed_agreeing_past_and_unsupported_figures(params string[] articles) => Verify(articles);

    [TestCase("Belarus's defence ministry said Zapad-2025 began on Friday. In all, 7,000 troops take part.", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("According to Minsk, Zapad-2025 is defensive. About 7,000 troops take part on Belarusian soil.", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("Putin: some 100,000 servicemen involved in Zapad-2025", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("Intelligence: up to 30,000 troops in Zapad drills", "Zapad-2025 is smaller. Belarus said 7,000 troops took part.")]
    [TestCase("Putin visited Mulino on Tuesday as Zapad-2025 ended.\n\nAccording to the head of state, about 100,000 servicemen took part.", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("Posts citing \"100,000 troops\" at Zapad-2025 are quoting Vladimir Putin.", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.")]
    [TestCase("Observers visited Zapad-2025, BelTA reported.\n\nUp to 7,000 servicemen are involved on Belarusian territory.\n\nBelarus acted with openness, the ministry noted.", "Zapad-2025 is smaller. Germany's Gen. Carsten Breuer estimated about 13,000 troops in Belarus.")]
    public void Accepts_a_figure_attributed_a_sentence_or_a_headline_away(params string[] articles) => Verify(articles);

    [Test]
    public void The_message_names_who_counted_what_and_where_and_relates_the_other_article()
    {
        var result = Verify("Zapad-2025 drills involved [|7,000|] troops.", "Zapad-2025 is smaller. Lithuania says 30,000 troops take part.");

        var finding = result.CorpusReports.SelectMany(r => r.Diagnostics).Single();
        finding.Message.ShouldBe("The troop figure \"7,000\" is stated as fact, but other sources attribute other figures: Lithuania 30,000 (article-2.txt line 1); say who counted");
        finding.Severity.ShouldBe(Consistency.Rules.Severity.Warning);
        finding.Related.Single().Path.ShouldBe("article-2.txt");
        finding.Related.Single().Message.ShouldBe("\"30,000\", attributed to Lithuania");
    }

    [Test]
    public void On_one_article_alone_it_reports_nothing_even_beside_attributed_figures_of_its_own()
    {
        var analyzer = new Analysis.Analyzer([Pack]);
        analyzer.Analyze(new Text.Article("a.txt", "Zapad-2025 drills involved 7,000 troops. Lithuania says 30,000 troops took part.")).Diagnostics.ShouldBeEmpty();
    }
}
