using Consistency.Analysis;
using Consistency.Core.Tests.Support;
using Consistency.Testing;

namespace Consistency.Core.Tests.Analysis;

/// <summary>
/// Analyzer.Analyze(inputs, report): every report handed over once, in the order of the paths
/// they are reported under, whatever the order of the inputs and the number of threads, then the
/// corpus rules' reports; the same reports as the whole result.
/// </summary>
public sealed class ReportsInOrderTests
{
    // The system's own separator (a backslash on Windows) is reported as '/'; elsewhere a backslash is part of a name.
    private static readonly string[] Paths =
        ["news/b.txt", "News/a.txt", $"news{Path.DirectorySeparatorChar}a.txt", "a.txt", "z/9.txt", "z/10.txt", "é.txt", "B.txt", "news/b-2.txt"];

    [TestCase(1)]
    [TestCase(4)]
    public void Reports_come_in_ordinal_order_of_their_paths_and_match_the_whole_result(int threads)
    {
        var inputs = Inputs();
        var delivered = new List<ArticleReport>();

        EngineRun.Analyzer(threads).Analyze(inputs, delivered.Add);

        // Every article's report, then the corpus rules' reports (the copies of one seed disagree about troop figures).
        delivered.Take(Paths.Length).Select(r => r.Path).ShouldBe(Paths.Select(p => p.Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal));
        var whole = EngineRun.Analyzer(threads).Analyze(inputs);
        delivered.Select(EngineRun.Lines).ShouldBe(whole.Reports.Select(EngineRun.Lines));
        delivered.Count.ShouldBe(whole.Articles.Count + whole.CorpusReports.Count);
        delivered.Sum(r => r.Diagnostics.Count).ShouldBeGreaterThan(0, "the articles must have findings for the comparison to mean anything");
    }

    [Test]
    public void A_receiver_that_throws_is_seen_by_the_caller_as_its_own_exception()
    {
        var inputs = Inputs();

        var thrown = Should.Throw<IOException>(() =>
            EngineRun.Analyzer(threads: 4).Analyze(inputs, _ => throw new IOException("the report cannot be written")));

        thrown.Message.ShouldBe("the report cannot be written");
    }

    [Test]
    public void No_inputs_no_reports()
    {
        var delivered = new List<ArticleReport>();

        EngineRun.Analyzer(threads: 4).Analyze([], delivered.Add);

        delivered.ShouldBeEmpty();
    }

    private static ArticleInput[] Inputs()
    {
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal).ToArray();
        return Paths.Select((path, i) => ArticleInput.FromText(path, File.ReadAllText(seeds[i % seeds.Length]))).ToArray();
    }
}
