using Consistency.Analysis;
using Consistency.Reporting;

namespace Consistency.Cli.Tests;

/// <summary>The gate's snapshot text shows a suppressed finding with its reason and counts it apart.</summary>
public sealed class SnapshotFormatTests
{
    [Test]
    public void Snapshot_marks_a_suppressed_finding_and_counts_it_apart()
    {
        using var desk = new Desk();
        desk.AddSeed("a.txt");
        desk.Write(Suppressions.FileName, Suppressions.File(Suppressions.Entry("a.txt", "ZAP002", "2022", "quoted release")));
        var inputs = ArticleDiscovery.Find(["a.txt"], desk.Root, out _);
        var options = Analysis.Configuration.ArticleConfiguration.Load(desk.Root, inputs).ApplyTo(new AnalyzerOptions());

        var snapshot = SnapshotFormatter.Format(new Analyzer(Packs.All, options).Analyze(inputs).Articles[0]);

        snapshot.ShouldStartWith("a.txt: 2 discrepancies (1 warning, 1 suppressed)\n");
        snapshot.ShouldContain("a.txt(7,121): error ZAP002: The edition before Zapad-2025 was Zapad-2021, not 2022 [suppressed: quoted release]\n    ");
    }
}
