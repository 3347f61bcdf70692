using Consistency.Analysis;
using Consistency.Reporting;
using Consistency.Rules;
using Consistency.Text;
using Microsoft.CodeAnalysis.Text;

namespace Consistency.Browser.Tests;

/// <summary>
/// Findings that share words, nest, or cross each other's end (which HTML elements cannot do):
/// in the browser each is still marked once, and its marks together hold exactly its words.
/// </summary>
public sealed class OverlappingFindingsTests : BrowserTest
{
    private const string Text = "Alpha beta gamma delta epsilon.\r\nZeta eta theta.";

    /// <summary>(start, length) of each finding: crossing, nested, equal, touching, and across the CRLF.</summary>
    private static readonly (int Start, int Length)[] Spans = [(0, 10), (6, 10), (6, 4), (6, 4), (17, 5), (22, 8), (24, 14)];

    private string _folder = null!;
    private string _report = null!;

    [OneTimeSetUp]
    public void WriteReport()
    {
        _folder = Directory.CreateTempSubdirectory("consistency-browser-").FullName;
        _report = Path.Combine(_folder, "overlaps.html");
        var article = new Article("desk/overlaps.txt", Text);
        var rule = new RuleDescriptor("TST001", "A test rule", "{0}", "Test", Severity.Warning, new Uri("https://example.com/evidence"), "For tests.");
        var diagnostics = Spans.Select((s, i) =>
        {
            var span = new TextSpan(s.Start, s.Length);
            return new Diagnostic(rule, i % 2 == 0 ? Severity.Error : Severity.Warning, $"finding {i + 1}", article.Path, span,
                article.GetLineSpan(span), Text, new TextSpan(0, Text.Length));
        }).ToList();
        var result = new AnalysisResult([new ArticleReport(article.Path, diagnostics)], [rule]);
        var formatter = new HtmlReportFormatter(new ToolInfo("consistency", "0.0.0", new Uri("https://example.com")),
            new ArticleTexts([ArticleInput.FromText(article.Path, Text)]));
        using var writer = new StreamWriter(_report);
        formatter.Write(result, writer);
    }

    [OneTimeTearDown]
    public void RemoveReport() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Each_finding_is_marked_once_with_exactly_its_words()
    {
        await Open(_report);

        var marked = await MarkedFinding.ReadAsync(Page);

        var lf = Text.Replace("\r\n", "\n", StringComparison.Ordinal); // the page is LF-only, as every report
        marked.Select(m => m.Words).ShouldBe(Spans.Select(s => Text.Substring(s.Start, s.Length).Replace("\r\n", "\n", StringComparison.Ordinal)));
        (await Page.Locator("article .text").TextContentAsync()).ShouldBe(lf);
    }

    [Test]
    public async Task Clicking_a_continued_part_selects_its_finding()
    {
        await Open(_report);

        await Page.Locator("[data-part-of='f2']").First.ClickAsync();

        (await Page.Locator("#detail-body").InnerTextAsync()).ShouldContain("finding 2");
    }
}
