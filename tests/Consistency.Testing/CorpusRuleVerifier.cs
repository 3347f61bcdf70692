using Consistency.Analysis;
using Consistency.Rules;
using Shouldly;

namespace Consistency.Testing;

/// <summary>
/// Runs one corpus rule of a pack over several marked-up articles analysed as one corpus
/// (<c>article-1.txt</c>, <c>article-2.txt</c>, …) and asserts that it reports exactly the marked
/// spans in each: nothing missing, nothing extra. A failure shows each article with the spans the
/// rule really reported.
/// </summary>
public static class CorpusRuleVerifier
{
    public static AnalysisResult Verify(RulePack pack, string ruleId, params string[] markups)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(markups);
        var expected = markups.Select(Markup.Parse).ToArray();
        var inputs = expected.Select((m, i) => ArticleInput.FromText(PathOf(i), m.Text)).ToArray();
        var analyzer = new Analyzer([pack], new AnalyzerOptions { OnlyRules = new HashSet<string>(StringComparer.Ordinal) { ruleId }, MaxDegreeOfParallelism = 1 });
        var result = analyzer.Analyze(inputs);
        result.Diagnostics.Where(d => d.Descriptor.Category == EngineDiagnostics.Category).Select(d => d.Message).ShouldBeEmpty();
        for (var i = 0; i < expected.Length; i++)
        {
            var path = PathOf(i);
            var actual = result.CorpusReports.Where(r => r.Path == path).SelectMany(r => r.Diagnostics)
                .Where(d => d.Id == ruleId).Select(d => (d.Span, d.Id)).OrderBy(s => s.Span.Start).ToList();
            var wanted = expected[i].Spans.Where(s => s.RuleId is null || s.RuleId == ruleId).Select(s => (s.Span, ruleId)).OrderBy(s => s.Span.Start).ToList();
            actual.ShouldBe(wanted, $"{ruleId} reported in {path}:\n{Markup.Render(expected[i].Text, actual)}\nexpected:\n{Markup.Render(expected[i].Text, wanted)}");
        }

        return result;
    }

    private static string PathOf(int index) => $"article-{index + 1}.txt";
}
