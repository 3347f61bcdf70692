using Consistency.Analysis;
using Consistency.Rules;
using Shouldly;

namespace Consistency.Testing;

/// <summary>
/// Runs one rule of a pack over marked-up text and asserts that it reports exactly the marked
/// spans: nothing missing, nothing extra. On failure the message shows the text with the spans the
/// rule really reported, ready to compare with the test's markup.
/// </summary>
public static class RuleVerifier
{
    public static IReadOnlyList<Diagnostic> Verify(RulePack pack, string ruleId, string markup)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var expected = Markup.Parse(markup);
        var analyzer = new Analyzer([pack], new AnalyzerOptions { OnlyRules = new HashSet<string>(StringComparer.Ordinal) { ruleId }, MaxDegreeOfParallelism = 1 });
        var report = analyzer.Analyze(new Text.Article("test.txt", expected.Text));
        var actual = report.Diagnostics.Where(d => d.Id == ruleId).Select(d => (d.Span, d.Id)).ToList();
        var expectedSpans = expected.Spans.Where(s => s.RuleId is null || s.RuleId == ruleId).Select(s => (s.Span, ruleId)).ToList();
        var engineFailures = report.Diagnostics.Where(d => d.Descriptor.Category == EngineDiagnostics.Category).Select(d => d.Message).ToList();
        engineFailures.ShouldBeEmpty();
        actual.OrderBy(s => s.Span.Start).ShouldBe(
            expectedSpans.OrderBy(s => s.Span.Start),
            $"{ruleId} reported:\n{Markup.Render(expected.Text, actual)}\nexpected:\n{Markup.Render(expected.Text, expectedSpans)}");
        return report.Diagnostics;
    }
}
