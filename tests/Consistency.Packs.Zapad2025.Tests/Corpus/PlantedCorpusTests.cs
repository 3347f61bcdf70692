using Consistency.Analysis;
using Consistency.Packs.Zapad2025.Tests.Gate;
using Consistency.Rules;
using Microsoft.CodeAnalysis.Text;

namespace Consistency.Packs.Zapad2025.Tests.Corpus;

/// <summary>
/// Recall and precision on the team's corpus, row by row of its manifest: every planted error is
/// reported on its exact words at its expected severity, and no true look-alike is reported.
/// </summary>
public sealed class PlantedCorpusTests
{
    private static readonly Lazy<AnalysisResult> Result = new(() =>
        new Analyzer([new Zapad2025Pack()]).Analyze(ArticleCorpus.Team.Inputs()));

    public static IEnumerable<TestCaseData> PlantedErrors() =>
        CorpusManifest.Planted.Select(e => new TestCaseData(e).SetName($"Planted {e.Row}"));

    public static IEnumerable<TestCaseData> LookAlikes() =>
        CorpusManifest.LookAlikes.Select(e => new TestCaseData(e).SetName($"LookAlike {e.Row}"));

    [Test]
    public void The_manifest_lists_the_planted_errors_and_look_alikes()
    {
        CorpusManifest.Planted.Count.ShouldBeGreaterThanOrEqualTo(20);
        CorpusManifest.LookAlikes.Count.ShouldBeGreaterThanOrEqualTo(20);
    }

    [TestCaseSource(nameof(PlantedErrors))]
    public void Planted_error_is_reported_on_its_words(CorpusManifest.Entry planted)
    {
        var found = Overlapping(planted);
        found.ShouldNotBeEmpty($"nothing reported on `{planted.Words}` in {planted.File}");
        var expected = planted.ExpectedSeverity switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            _ => Severity.Info,
        };

        // An attributed figure must stay a note; an unattributed contradiction must be an error; an
        // internal contradiction is at least a warning (its wrong side may also contradict a fact).
        var severities = found.Select(d => d.Severity).ToList();
        if (expected == Severity.Warning)
        {
            severities.ShouldContain(s => s >= Severity.Warning);
        }
        else
        {
            severities.ShouldContain(expected);
            if (expected == Severity.Info)
            {
                severities.ShouldNotContain(Severity.Error);
            }
        }
    }

    [TestCaseSource(nameof(LookAlikes))]
    public void Look_alike_is_not_reported(CorpusManifest.Entry lookAlike) =>
        Overlapping(lookAlike).Select(Reporting.DiagnosticLine.Format).ShouldBeEmpty();

    private static List<Diagnostic> Overlapping(CorpusManifest.Entry entry)
    {
        var path = Path.Combine(ArticleCorpus.Team.Directory, entry.File);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(entry.Words, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"`{entry.Words}` is not in {entry.File}: fix tests/CORPUS.md");
        var span = new TextSpan(at, entry.Words.Length);
        return Result.Value.Diagnostics
            .Where(d => d.Path.EndsWith("/" + entry.File, StringComparison.Ordinal) && d.Span.OverlapsWith(span))
            .ToList();
    }
}
