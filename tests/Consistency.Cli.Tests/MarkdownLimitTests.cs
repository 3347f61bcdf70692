using Consistency.Analysis;
using Consistency.Reporting;

namespace Consistency.Cli.Tests;

/// <summary>A pull-request comment has a size limit: past the limit, files and findings are counted, not listed.</summary>
public sealed class MarkdownLimitTests
{
    [Test]
    public void Long_report_lists_up_to_the_limit_and_counts_the_rest()
    {
        using var desk = new Desk();
        for (var i = 0; i < 4; i++)
        {
            desk.AddSeed($"a{i}.txt");   // two findings each
        }

        var inputs = ArticleDiscovery.Find(["."], desk.Root, out _);
        var result = new Analyzer(Packs.All).Analyze(inputs);
        using var markdown = new StringWriter();

        new MarkdownFormatter(maxListed: 3).Write(result, markdown);

        var text = markdown.ToString();
        text.Split('\n').Count(l => l.StartsWith("| `a", StringComparison.Ordinal)).ShouldBe(3);
        text.ShouldContain("…and 1 more file with findings: see the full report");
        text.Split('\n').Count(l => l.StartsWith("- **", StringComparison.Ordinal)).ShouldBe(3);
        text.ShouldContain("…and 5 more findings: see the full report");
        text.ShouldNotContain("#### `a2.txt`");
    }
}
