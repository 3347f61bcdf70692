using Consistency.Reporting;
using Consistency.Testing;

namespace Consistency.Packs.Zapad2025.Tests.Gate;

/// <summary>
/// The validation gate: one test case per article, its report compared with its verified
/// snapshot. A new or vanished discrepancy shows as a snapshot diff in review.
/// </summary>
public sealed class SnapshotGateTests
{
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

    /// <summary>
    /// The corpus report of seeds/ (the claims matrix in Markdown, then the findings across sources)
    /// compared with <c>snapshots/corpus.verified.md</c>: a change to an article shows how the matrix changed.
    /// </summary>
    [Test]
    public void Seed_corpus_matrix_matches_its_snapshot()
    {
        var writer = new StringWriter { NewLine = "\n" };
        new Reporting.Matrix.MatrixMarkdownFormatter().Write(Reporting.Matrix.MatrixReport.Of(GateRuns.Of(ArticleCorpus.Seeds)), writer);
        Snapshot.Match(writer.ToString().TrimEnd('\n'), ArticleCorpus.Seeds.SnapshotDirectory, "corpus", "md");
    }

    /// <summary>An article's report from its folder's run as one corpus: its own findings and the corpus findings that land in it.</summary>
    private static void Check(ArticleCorpus.Folder folder, string article)
    {
        var result = GateRuns.Of(folder);
        var path = folder.Input(article).DisplayPath;
        var report = result.WithCorpusFindings(result.Articles.Single(a => a.Path == path));
        Snapshot.Match(SnapshotFormatter.Format(report), folder.SnapshotDirectory, article);
    }

    private static IEnumerable<TestCaseData> Cases(ArticleCorpus.Folder folder) =>
        folder.ArticleNames().Select(name => new TestCaseData(folder, name).SetName(name));
}
