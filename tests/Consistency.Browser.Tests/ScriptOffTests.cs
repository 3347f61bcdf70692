namespace Consistency.Browser.Tests;

/// <summary>The seeds' report with JavaScript off: every finding is still marked and listed with its message; no control that would do nothing is shown.</summary>
public sealed class ScriptOffTests : BrowserTest
{
    private string _folder = null!;
    private string _report = null!;

    protected override bool JavaScriptEnabled => false;

    [OneTimeSetUp]
    public void WriteReport()
    {
        _folder = Directory.CreateTempSubdirectory("consistency-browser-").FullName;
        _report = ReportRun.SeedsReport(_folder);
    }

    [OneTimeTearDown]
    public void RemoveReport() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Findings_are_marked_and_listed_with_their_messages()
    {
        var expected = ExpectedFinding.OfSeeds();
        await Open(_report);

        (await Page.Locator("mark.finding[id]").CountAsync()).ShouldBe(expected.Count(f => f.Words.Length > 0));
        var listed = await Page.Locator("li.detail:visible").AllInnerTextsAsync();
        listed.Count.ShouldBe(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            listed[i].ShouldContain(expected[i].Message);
        }

        (await Page.Locator("#controls").IsVisibleAsync()).ShouldBeFalse();
        (await Page.Locator("#detail").IsVisibleAsync()).ShouldBeFalse();
    }

    [Test]
    public async Task Clean_articles_are_collapsed_and_open_by_keyboard()
    {
        await Open(_report);
        var clean = Page.Locator("#clean details.article").First;
        (await clean.Locator(".text").IsVisibleAsync()).ShouldBeFalse("an article without findings starts collapsed");

        await clean.Locator("summary").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        (await clean.Locator(".text").IsVisibleAsync()).ShouldBeTrue();
    }
}
