namespace Consistency.Browser.Tests;

/// <summary>The seeds' report read as WCAG asks: text contrast at AA (4.5:1) and every mark and control reachable with Tab.</summary>
public sealed class AccessibilityTests : BrowserTest
{
    /// <summary>
    /// The contrast of every text-bearing element's colour against the first opaque background
    /// behind it (WCAG 2 relative luminance), lowest first, with what it was measured on.
    /// </summary>
    private const string ContrastScript = """
        () => {
          const rgb = s => s.match(/[\d.]+/g).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          const background = el => {
            for (let n = el; n; n = n.parentElement) {
              const c = rgb(getComputedStyle(n).backgroundColor);
              if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
            }
            return [255, 255, 255];
          };
          const texts = Array.from(document.querySelectorAll('body *'))
            .filter(el => el.offsetParent !== null && Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim()));
          return texts.map(el => {
            const a = lum(rgb(getComputedStyle(el).color)), b = lum(background(el));
            return { Ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), What: el.tagName + '.' + el.className };
          }).sort((x, y) => x.Ratio - y.Ratio).slice(0, 5);
        }
        """;

    private string _folder = null!;
    private string _report = null!;

    [OneTimeSetUp]
    public void WriteReport()
    {
        _folder = Directory.CreateTempSubdirectory("consistency-browser-").FullName;
        _report = ReportRun.SeedsReport(_folder);
    }

    [OneTimeTearDown]
    public void RemoveReport() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task All_text_has_AA_contrast()
    {
        await Open(_report);
        await Page.Locator("#f1").ClickAsync(); // the details panel and a selected mark are measured too

        var lowest = await Page.EvaluateAsync<Contrast[]>(ContrastScript);

        TestContext.Out.WriteLine(string.Join("; ", lowest.Select(c => $"{c.What} {c.Ratio:0.00}")));
        lowest.ShouldNotBeEmpty();
        lowest[0].Ratio.ShouldBeGreaterThanOrEqualTo(4.5, $"lowest contrast on {lowest[0].What}");
    }

    [Test]
    public async Task Tab_reaches_every_mark_filter_and_button()
    {
        await Open(_report);
        var wanted = await Page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('mark.finding[id], #controls input, #controls button')).map(e => e.id || e.value)");
        var reached = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < 400 && !wanted.All(reached.Contains); i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            reached.Add(await Page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.value || ''"));
        }

        wanted.Length.ShouldBeGreaterThan(10);
        wanted.Where(w => !reached.Contains(w)).ShouldBeEmpty();
    }

    /// <summary>Playwright fills results through a parameterless constructor and setters.</summary>
    private sealed class Contrast
    {
        public double Ratio { get; set; }

        public string What { get; set; } = "";
    }
}
