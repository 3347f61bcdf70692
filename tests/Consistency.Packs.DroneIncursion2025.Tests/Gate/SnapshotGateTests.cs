using Consistency.Analysis;
using Consistency.Analysis.Configuration;
using Consistency.Reporting;
using Consistency.Testing;

namespace Consistency.Packs.DroneIncursion2025.Tests.Gate;

/// <summary>
/// The gate for the drone story: one test case per team article, its report (with the configuration
/// the command line finds beside it, the pack its .editorconfig names included) compared with its
/// verified snapshot.
/// </summary>
public sealed class SnapshotGateTests
{
    private static readonly Lazy<AnalysisResult> Run = new(() =>
    {
        var inputs = DroneArticles.Inputs();
        var configuration = ArticleConfiguration.Load(RepositoryPaths.Root, inputs);
        configuration.Errors.ShouldBeEmpty();
        var options = configuration.ApplyTo(new AnalyzerOptions()) with { PackChoice = configuration.Packs };
        return new Analyzer([new DroneIncursion2025Pack()], options).Analyze(inputs);
    });

    public static IEnumerable<TestCaseData> Articles() => DroneArticles.Names().Select(name => new TestCaseData(name).SetName(name));

    [TestCaseSource(nameof(Articles))]
    public void Drone_article_report_matches_its_snapshot(string article)
    {
        var path = DroneArticles.Input(article).DisplayPath;
        var result = Run.Value;
        Snapshot.Match(SnapshotFormatter.Format(result.WithCorpusFindings(result.Articles.Single(a => a.Path == path))), DroneArticles.SnapshotDirectory, article);
    }

    [Test]
    public void The_folder_names_its_pack_and_has_correct_and_planted_articles()
    {
        var names = DroneArticles.Names();
        names.Count(n => n.StartsWith("correct-", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(2);
        names.Count(n => n.StartsWith("planted-", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(2);
        var configuration = ArticleConfiguration.Load(RepositoryPaths.Root, DroneArticles.Inputs());
        DroneArticles.Inputs().Select(i => configuration.Packs.PackFor(i.DisplayPath)).ShouldAllBe(p => p == "DroneIncursion2025");
    }

    [Test]
    public void Every_verified_snapshot_belongs_to_an_article_that_still_exists()
    {
        var articles = DroneArticles.Names().ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.Exists(DroneArticles.SnapshotDirectory)
            ? Directory.EnumerateFiles(DroneArticles.SnapshotDirectory, "*.verified.txt").Select(f => Path.GetFileName(f)[..^".verified.txt".Length]).Where(n => !articles.Contains(n)).ToList()
            : [];
        orphans.ShouldBeEmpty("verified snapshots whose article is gone from tests/drones: delete them");
    }
}
