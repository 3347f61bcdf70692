using Consistency.Core.Tests.Support;
using Consistency.Reporting;
using Consistency.Testing;

namespace Consistency.Core.Tests.Isolation;

/// <summary>A rule that throws becomes one CON0001 per article (as Roslyn's AD0001) and costs no other rule anything.</summary>
public sealed class RuleIsolationTests
{
    private static readonly IReadOnlyList<Consistency.Analysis.ArticleInput> Inputs =
        EngineRun.Folder(RepositoryPaths.Seeds).Concat(EngineRun.Folder(RepositoryPaths.Corpus)).ToArray();

    [Test]
    public void The_test_pack_lists_its_rules_from_the_source_generator()
    {
        new IsolationPack().Rules.Select(r => r.Descriptor.Id).ShouldBe(["TST900", "TST901", "TST902", "TST903"]);
    }

    [TestCase(1)]
    [TestCase(4)]
    public void Running_out_of_memory_in_a_rule_ends_the_analysis_instead_of_becoming_a_finding(int threads)
    {
        var inputs = new[]
        {
            Consistency.Analysis.ArticleInput.FromText("a.txt", "The last Zapad was held in 2022."),
            Consistency.Analysis.ArticleInput.FromText("b.txt", $"The drills ended. {TST902RunsOutOfMemory.Marker}"),
        };

        Should.Throw<OutOfMemoryException>(() => EngineRun.Analyzer(threads, EngineRun.Zapad, new IsolationPack()).Analyze(inputs));
    }

    [TestCase(1)]
    [TestCase(4)]
    public void A_throwing_rule_costs_only_its_own_findings(int threads)
    {
        var alone = EngineRun.Analyzer(threads, EngineRun.Zapad).Analyze(Inputs);
        var withBroken = EngineRun.Analyzer(threads, EngineRun.Zapad, new IsolationPack()).Analyze(Inputs);

        withBroken.Articles.Count.ShouldBe(alone.Articles.Count);
        for (var i = 0; i < alone.Articles.Count; i++)
        {
            var article = withBroken.Articles[i];
            article.Path.ShouldBe(alone.Articles[i].Path);
            var failures = article.Diagnostics.Where(d => d.Id == "CON0001").ToList();
            failures.Count.ShouldBe(1, article.Path);
            failures[0].Path.ShouldBe(article.Path);
            failures[0].Message.ShouldBe($"Rule TST900 threw System.InvalidOperationException on this article: {TST900ThrowsAfterReporting.FailureMessage}");
            article.Diagnostics.ShouldNotContain(d => d.Id == "TST900");
            article.Diagnostics.Where(d => d.Id.StartsWith("ZAP", StringComparison.Ordinal)).Select(DiagnosticLine.Format)
                .ShouldBe(alone.Articles[i].Diagnostics.Select(DiagnosticLine.Format), article.Path);
        }

        withBroken.Diagnostics.Count(d => d.Id == "TST901").ShouldBeGreaterThan(0, "the broken rule's healthy sibling in the same pack still reports");
    }

    [Test]
    public void The_failure_is_printed_as_a_compiler_line_naming_rule_exception_and_article()
    {
        var result = EngineRun.Analyzer(1, new IsolationPack()).Analyze([Consistency.Analysis.ArticleInput.FromText("desk/a.txt", "The drills began.")]);
        EngineRun.Output(result).ShouldBe(
            "desk/a.txt(1,1): error CON0001: Rule TST900 threw System.InvalidOperationException on this article: deliberate failure for the isolation tests\n"
            + "desk/a.txt(1,5): warning TST901: drills\n"
            + "1 article checked: 2 discrepancies (1 error, 1 warning)\n");
    }
}
