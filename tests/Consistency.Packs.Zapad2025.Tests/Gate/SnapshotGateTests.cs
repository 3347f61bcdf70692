using Consistency.Analysis;
using Consistency.Reporting;
using Consistency.Testing;

namespace Consistency.Packs.Zapad2025.Tests.Gate;

/// <summary>
/// The validation gate: one test case per article, its report compared with its verified
/// snapshot. A new or vanished discrepancy shows as a snapshot diff in review.
/// </summary>
public sealed class SnapshotGateTests
{
    private static readonly Analyzer Analyzer = GateConfiguration.CreateAnalyzer();

    public static IEnumerable<TestCaseData> SeedArticles() => Cases(ArticleCorpus.Seeds);

    public static IEnumerable<TestCaseData> TeamArticles() => Cases(ArticleCorpus.Team);

    [TestCaseSource(nameof(SeedArticles))]
    public void Seed_article_report_matches_its_snapshot(ArticleCorpus.Folder folder, string article) => Check(folder, article);

    [TestCaseSource(nameof(TeamArticles))]
    public void Team_article_report_matches_its_snapshot(ArticleCorpus.Folder folder, string article) => Check(folder, article);

    [Test]
    public void Every_verified_snapshot_belongs_to_an_article_that_still_exists()
    {
        foreach (var folder in ArticleCorpus.All)
        {
            if (!Directory.Exists(folder.SnapshotDirectory))
            {
                continue;
            }

            var articles = folder.ArticleNames().ToHashSet(StringComparer.Ordinal);
            var orphans = Directory.EnumerateFiles(folder.SnapshotDirectory, "*.verified.txt")
                .Select(f => Path.GetFileName(f)[..^".verified.txt".Length])
                .Where(name => !articles.Contains(name))
                .ToList();
            orphans.ShouldBeEmpty($"verified snapshots in {folder.SnapshotDirectory} whose article is gone from {folder.DisplayRoot}: delete them");
        }
    }

    [Test]
    public void The_gate_has_articles_to_check()
    {
        ArticleCorpus.Seeds.ArticleNames().Count.ShouldBe(5);
        ArticleCorpus.Team.ArticleNames().Count.ShouldBeGreaterThanOrEqualTo(12);
    }

    private static void Check(ArticleCorpus.Folder folder, string article)
    {
        var report = Analyzer.AnalyzeInput(folder.Input(article));
        Snapshot.Match(SnapshotFormatter.Format(report), folder.SnapshotDirectory, article);
    }

    private static IEnumerable<TestCaseData> Cases(ArticleCorpus.Folder folder) =>
        folder.ArticleNames().Select(name => new TestCaseData(folder, name).SetName(name));
}
