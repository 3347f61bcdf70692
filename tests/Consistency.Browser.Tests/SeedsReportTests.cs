namespace Consistency.Browser.Tests;

/// <summary>The seeds' HTML report in Chromium: what is marked, what a click and a key show, what a filter hides.</summary>
public sealed class SeedsReportTests : BrowserTest
{
    private string _folder = null!;
    private string _report = null!;
    private List<ExpectedFinding> _expected = null!;

    [OneTimeSetUp]
    public void WriteReport()
    {
        _folder = Directory.CreateTempSubdirectory("consistency-browser-").FullName;
        _report = ReportRun.SeedsReport(_folder);
        _expected = ExpectedFinding.OfSeeds();
        _expected.Count.ShouldBeGreaterThan(1, "the seeds have findings to show");
    }

    [OneTimeTearDown]
    public void RemoveReport() => Directory.Delete(_folder, recursive: true);

    [SetUp]
    public Task OpenReport() => Open(_report);

    [Test]
    public async Task Every_finding_is_marked_once_at_its_words()
    {
        var marked = await MarkedFinding.ReadAsync(Page);

        marked.Select(m => (m.Path, m.RuleId, m.Words))
            .ShouldBe(_expected.Where(f => f.Words.Length > 0).Select(f => (f.Path, f.RuleId, f.Words)));
        marked.ShouldAllBe(m => m.On);
    }

    [Test]
    public async Task Clicking_a_finding_shows_its_message()
    {
        var detail = Page.Locator("#detail");
        (await detail.IsVisibleAsync()).ShouldBeFalse("no finding is selected before a click");

        for (var i = 0; i < _expected.Count; i += 3)
        {
            await Page.Locator($"#f{i + 1}").ClickAsync();

            (await detail.IsVisibleAsync()).ShouldBeTrue();
            var shown = await Page.Locator("#detail-body").InnerTextAsync();
            shown.ShouldContain(_expected[i].Message);
            shown.ShouldContain(_expected[i].RuleId);
            shown.ShouldContain(_expected[i].HelpUri, Case.Sensitive, "its evidence pages, copied in from the rule's row");
        }
    }

    [Test]
    public async Task Keys_step_to_the_next_and_previous_finding()
    {
        await Page.Keyboard.PressAsync("n");
        await Page.Keyboard.PressAsync("n");
        (await FocusedId()).ShouldBe("f2");

        await Page.Keyboard.PressAsync("p");
        (await FocusedId()).ShouldBe("f1");
        (await Page.Locator("#detail-body").InnerTextAsync()).ShouldContain(_expected[0].Message);

        await Page.Keyboard.PressAsync("p");
        (await FocusedId()).ShouldBe($"f{_expected.Count(f => f.Words.Length > 0)}", "previous from the first wraps to the last");

        await Page.Keyboard.PressAsync("Escape");
        (await Page.Locator("#detail").IsVisibleAsync()).ShouldBeFalse();
    }

    [Test]
    public async Task A_rule_filter_hides_the_other_findings()
    {
        var kept = _expected.GroupBy(f => f.RuleId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        foreach (var box in await Page.Locator("input[name=rule]").AllAsync())
        {
            if (await box.GetAttributeAsync("value") != kept.Key)
            {
                await box.UncheckAsync();
            }
        }

        var marked = await MarkedFinding.ReadAsync(Page);
        marked.Where(m => m.On).Select(m => m.RuleId).ShouldBe(Enumerable.Repeat(kept.Key, kept.Count()));
        (await Page.Locator("li.detail:visible").CountAsync()).ShouldBe(kept.Count());
        (await Page.Locator("#showing").InnerTextAsync()).ShouldBe($"Showing {kept.Count()} of {_expected.Count} findings.");

        await Page.Keyboard.PressAsync("n");
        (await Page.EvaluateAsync<string>("() => document.activeElement.dataset.rule")).ShouldBe(kept.Key, "the keys step only through findings shown");
    }

    [Test]
    public async Task A_severity_filter_hides_the_other_severities()
    {
        await Page.Locator("input[name=severity][value=error]").UncheckAsync();

        var marked = await MarkedFinding.ReadAsync(Page);
        var notErrors = _expected.Where(f => f.Words.Length > 0).Select(f => f.Severity != "error" || f.Suppressed).ToList();
        marked.Select(m => m.On).ShouldBe(notErrors);
        (await Page.Locator("mark.finding.off[tabindex='0']").CountAsync()).ShouldBe(0, "a hidden finding is out of the tab order");
    }

    [Test]
    public async Task No_request_leaves_the_page()
    {
        await Page.Locator("#f1").ClickAsync();
        await Page.Keyboard.PressAsync("n");
        await Page.Locator("input[name=severity]").First.UncheckAsync();
        await Page.Locator("#next").ClickAsync();

        Requests.ShouldNotBeEmpty("the page's own file is a request: the recording works");
        RequestsLeavingThePage(_report).ShouldBeEmpty();
    }

    [Test]
    public async Task Script_the_page_did_not_bring_is_refused_by_its_policy()
    {
        await Page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.head.appendChild(s); }");

        (await Page.EvaluateAsync<bool>("() => window.injected === undefined")).ShouldBeTrue("the CSP allows only the page's own script, by its hash");
        (await Page.Locator("#showing").InnerTextAsync()).ShouldStartWith("Showing", Case.Sensitive, "the page's own script ran");
    }

    private Task<string> FocusedId() => Page.EvaluateAsync<string>("() => document.activeElement.id");
}
