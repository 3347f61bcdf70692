namespace Consistency.Browser.Tests;

/// <summary>
/// Where Debian's Chromium is, for Playwright to launch (Playwright's own browser download cannot
/// be reached here). A machine without it skips the browser tests and says how to install it;
/// under CI (<c>CI=true</c>, as <c>.ci/run</c> sets) a missing browser fails them instead, so a
/// CI run can never pass without having looked at the page.
/// </summary>
internal static class Chromium
{
    /// <summary>Names a browser elsewhere (another distribution's Chromium, a Chrome).</summary>
    public const string PathVariable = "CONSISTENCY_CHROMIUM";

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The executable, or a skip (a fail under CI) that says why there is none.</summary>
    public static string Require()
    {
        var named = Environment.GetEnvironmentVariable(PathVariable);
        var found = string.IsNullOrEmpty(named) ? Candidates.FirstOrDefault(File.Exists) : (File.Exists(named) ? named : null);
        if (found is not null)
        {
            return found;
        }

        var looked = string.IsNullOrEmpty(named) ? string.Join(", ", Candidates) : $"{named} (from {PathVariable})";
        var why = $"No Chromium found (looked at {looked}); install Debian's with 'apt-get install -y chromium', or name one in {PathVariable}.";
        if (UnderCi)
        {
            Assert.Fail($"{why} Under CI=true the browser tests must run, not be skipped; .ci/run installs Chromium when it can.");
        }

        TestContext.Progress.WriteLine($"Browser tests skipped: {why}");
        Assert.Ignore($"Browser tests skipped: {why}");
        return null!; // not reached: Ignore throws
    }
}
