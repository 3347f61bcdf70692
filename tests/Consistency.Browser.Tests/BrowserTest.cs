using Microsoft.Playwright;

namespace Consistency.Browser.Tests;

/// <summary>
/// One Chromium per test class and a fresh page per test. Every request the page makes is
/// recorded, and any that would leave the page's own file is aborted, so a test can assert that
/// none was even tried. Each test ends with a screenshot of the window attached to its result (with
/// the TRX logger it is copied beside the results).
/// </summary>
public abstract class BrowserTest
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _context;

    /// <summary>What each test works on; ready in every test.</summary>
    protected IPage Page { get; private set; } = null!;

    /// <summary>Every request's address, in order (the page's own file included).</summary>
    protected List<string> Requests { get; } = [];

    /// <summary>Dialogs the page opened (alert, confirm): a script that ran would show here.</summary>
    protected List<string> Dialogs { get; } = [];

    /// <summary>Whether the page runs its script; a test class about reading without it says false.</summary>
    protected virtual bool JavaScriptEnabled => true;

    [OneTimeSetUp]
    public async Task LaunchBrowser()
    {
        var executable = Chromium.Require();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true });
    }

    [OneTimeTearDown]
    public async Task CloseBrowser()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    [SetUp]
    public async Task OpenPage()
    {
        Requests.Clear();
        Dialogs.Clear();
        _context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = JavaScriptEnabled,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        _context.Request += (_, request) => { lock (Requests) { Requests.Add(request.Url); } };
        await _context.RouteAsync("**/*", route =>
            route.Request.Url.StartsWith("file:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        Page = await _context.NewPageAsync();
        Page.Dialog += (_, dialog) =>
        {
            lock (Dialogs) { Dialogs.Add(dialog.Message); }
            _ = dialog.DismissAsync();
        };
    }

    [TearDown]
    public async Task ScreenshotAndClose()
    {
        if (_context is null)
        {
            return;
        }

        try
        {
            var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            var name = string.Concat(TestContext.CurrentContext.Test.Name.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_'));
            var file = Path.Combine(folder, $"{GetType().Name}.{name}.png");
            // The viewport, where the test left it (a selected finding is scrolled into view, its details beside it).
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
            TestContext.AddTestAttachment(file, "the page as the test left it");
        }
        finally
        {
            await _context.CloseAsync();
            _context = null;
        }
    }

    /// <summary>Opens a report file and waits until it is loaded.</summary>
    protected async Task Open(string reportPath)
    {
        await Page.GotoAsync(new Uri(reportPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
    }

    /// <summary>Requests for anything but the page's own file: a report must make none.</summary>
    protected List<string> RequestsLeavingThePage(string reportPath)
    {
        var own = new Uri(reportPath).AbsoluteUri;
        lock (Requests)
        {
            return Requests.Where(url => !string.Equals(url.Split('#')[0], own, StringComparison.Ordinal)).ToList();
        }
    }
}
