namespace Consistency.Browser.Tests;

/// <summary>
/// An article (and its file name) holding markup and script: the page shows them as text and runs
/// nothing, fetches nothing, and still marks the finding beside them.
/// </summary>
public sealed class HostileArticleTests : BrowserTest
{
    private const string FileName = "<img src=name.png onerror=alert('name')>.txt";

    private const string Text =
        "MINSK, Sept. 15 — <script>window.pwned = 'script'; alert('script');</script> Officials spoke.\n" +
        "<img src=\"https://example.com/x.png\" onerror=\"window.pwned = 'img'; alert('img')\">\n" +
        "The Zapad-2025 exercises, held every four years, involve fewer troops this time compared to the 200,000 participants in 2022.\n" +
        "<a href=\"javascript:alert('link')\" onmouseover=\"window.pwned = 'hover'\">Read more</a> &amp; \"quotes\" 'too'\n";

    private string _desk = null!;
    private string _report = null!;

    [OneTimeSetUp]
    public void WriteReport()
    {
        _desk = ReportRun.Desk(FileName, Text);
        _report = Path.Combine(_desk, "report.html");
        ReportRun.Check(_desk, ".", "--format", "html", "--output", _report);
    }

    [OneTimeTearDown]
    public void RemoveDesk() => Directory.Delete(_desk, recursive: true);

    [Test]
    public async Task Markup_in_the_article_and_its_name_is_shown_as_text_and_runs_nothing()
    {
        await Open(_report);
        await Page.Locator("a:has-text('Read more')").CountAsync(); // nothing to hover if the link was escaped
        await Page.Mouse.MoveAsync(10, 10);

        (await Page.EvaluateAsync<bool>("() => window.pwned === undefined")).ShouldBeTrue();
        Dialogs.ShouldBeEmpty();
        (await Page.Locator("img").CountAsync()).ShouldBe(0);
        (await Page.Locator("script").CountAsync()).ShouldBe(1, "the page's own script only");
        (await Page.Locator("a[href^='javascript:']").CountAsync()).ShouldBe(0);
        var articleText = await Page.Locator("article .text").TextContentAsync();
        articleText.ShouldBe(Text, "every character of the article, as text");
        (await Page.Locator("article h3").InnerTextAsync()).ShouldBe(FileName);
        (await Page.TitleAsync()).ShouldStartWith("Consistency report: 1 article checked");
    }

    [Test]
    public async Task The_finding_beside_the_markup_is_marked_and_nothing_is_fetched()
    {
        var expected = ExpectedFinding.Of(_desk, ".");
        await Open(_report);

        var marked = await MarkedFinding.ReadAsync(Page);

        expected.ShouldNotBeEmpty("the article's wrong year is a finding");
        marked.Select(m => (m.Path, m.RuleId, m.Words)).ShouldBe(expected.Select(f => (f.Path, f.RuleId, f.Words)));
        RequestsLeavingThePage(_report).ShouldBeEmpty();
    }
}
