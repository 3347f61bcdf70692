using Consistency.Analysis;
using Consistency.Core.Tests.Support;
using Consistency.Reporting;

namespace Consistency.Core.Tests.Isolation;

/// <summary>
/// A corpus rule sees every article of a run, reports after all are in, with the other articles'
/// words as related locations; one that throws becomes one CON0007 and costs nothing else.
/// </summary>
public sealed class CorpusRuleIsolationTests
{
    private static ArticleInput[] Articles(params string[] texts) =>
        texts.Select((t, i) => ArticleInput.FromText($"desk/{(char)('a' + i)}.txt", t)).ToArray();

    [TestCase(1)]
    [TestCase(4)]
    public void A_corpus_finding_lands_in_its_article_with_the_others_as_related_locations(int threads)
    {
        var result = EngineRun.Analyzer(threads, new IsolationPack()).Analyze(Articles("The drills began.", "No news.", "Later the drills ended."));

        var corpus = result.CorpusReports.SelectMany(r => r.Diagnostics).Where(d => d.Id == "TST903").ToList();
        corpus.Select(DiagnosticLine.Format).ShouldBe(["desk/a.txt(1,5): warning TST903: drills", "desk/c.txt(1,11): warning TST903: drills"]);
        corpus[0].Related.Select(r => $"{r.Path}({r.Location.StartLine},{r.Location.StartColumn}): {r.Message}").ShouldBe(["desk/c.txt(1,11): \"drills\", stated as fact"]);
        corpus[1].Related.Single().Path.ShouldBe("desk/a.txt");
        result.Observations.Select(o => o.Path).ShouldBe(["desk/a.txt", "desk/c.txt"]);
        result.WithCorpusFindings(result.Articles[0]).Diagnostics.Select(d => d.Id).ShouldBe(["CON0001", "TST901", "TST903"]);
    }

    [Test]
    public void One_article_alone_gets_no_corpus_finding()
    {
        var result = EngineRun.Analyzer(1, new IsolationPack()).Analyze(Articles("The drills began."));

        result.CorpusReports.ShouldBeEmpty();
        result.Observations.Count.ShouldBe(1);
        EngineRun.Analyzer(1, new IsolationPack()).Analyze(new Consistency.Text.Article("a.txt", "The drills began.")).Diagnostics.ShouldNotContain(d => d.Id == "TST903");
    }

    [TestCase(1)]
    [TestCase(4)]
    public void A_corpus_rule_throwing_while_observing_is_one_CON0007_at_the_first_article_it_failed_on(int threads)
    {
        var texts = Enumerable.Range(0, 20).Select(i => i % 3 == 1 ? $"The drills. {TST903CorpusFailsOnMarker.ObserveMarker}" : "The drills began.").ToArray();
        var healthy = EngineRun.Analyzer(threads, new IsolationPack()).Analyze(Articles(texts.Select(t => t.Replace(TST903CorpusFailsOnMarker.ObserveMarker, "", StringComparison.Ordinal)).ToArray()));
        var result = EngineRun.Analyzer(threads, new IsolationPack()).Analyze(Articles(texts));

        var failures = result.Diagnostics.Where(d => d.Id == "CON0007").Select(DiagnosticLine.Format).ToList();
        failures.ShouldBe([$"desk/b.txt(1,1): error CON0007: Corpus rule TST903 threw System.InvalidOperationException while observing this article: {TST903CorpusFailsOnMarker.FailureMessage}"]);
        result.Diagnostics.ShouldNotContain(d => d.Id == "TST903");
        result.Articles.SelectMany(a => a.Diagnostics).Select(DiagnosticLine.Format)
            .ShouldBe(healthy.Articles.SelectMany(a => a.Diagnostics).Select(DiagnosticLine.Format), "every article's own findings are intact");
    }

    [Test]
    public void A_corpus_rule_throwing_while_reporting_is_one_CON0007_at_the_corpus_first_article()
    {
        var result = EngineRun.Analyzer(2, new IsolationPack()).Analyze(Articles("The drills began.", $"The drills. {TST903CorpusFailsOnMarker.ReportMarker}"));

        result.CorpusReports.SelectMany(r => r.Diagnostics).Select(DiagnosticLine.Format).ShouldBe(
            [$"desk/a.txt(1,1): error CON0007: Corpus rule TST903 threw System.InvalidOperationException while reporting across the corpus: {TST903CorpusFailsOnMarker.FailureMessage}"]);
        result.Diagnostics.Count(d => d.Id == "TST901").ShouldBe(2, "the other rules' findings are intact");
    }
}
