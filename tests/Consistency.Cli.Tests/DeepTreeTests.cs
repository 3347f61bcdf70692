namespace Consistency.Cli.Tests;

/// <summary>
/// A folder tree deeper than PATH_MAX (4096 bytes on Linux) cannot be listed by full path: the
/// folder where listing fails is reported as CON0002 with exit 2, never a crash, and the good
/// article beside the tree keeps its finding. The tree is made by the test, a folder at a time.
/// </summary>
public sealed class DeepTreeTests
{
    [Test]
    public void A_tree_deeper_than_PATH_MAX_is_CON0002_and_the_good_article_keeps_its_finding()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("made with bash");
        }

        using var desk = new Desk();
        desk.AddSeed("good.txt");
        try
        {
            // 450 folders of 10 letters: about 5 KB of path, made with relative steps as no full path reaches it.
            Shell(desk.Root, "mkdir t && cd t && i=0; while [ $i -lt 450 ]; do mkdir dddddddddd && cd dddddddddd || exit 1; i=$((i+1)); done; echo 'The last Zapad was held in 2022.' > x.txt");

            var run = desk.Check(".");

            run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
            run.Out.ShouldContain("good.txt(7,121): error ZAP002");
            run.Out.ShouldContain("(1,1): error CON0002: Could not read the article: ");
            run.Error.ShouldBeEmpty();
        }
        finally
        {
            Shell(desk.Root, "rm -rf t"); // rm walks a tree relative to each folder; .NET's delete would hit PATH_MAX
        }
    }

    private static void Shell(string folder, string script)
    {
        var run = ExternalProcess.Run("bash", ["-c", script], folder); // dash cannot cd past PATH_MAX; bash falls back to a relative step
        run.ExitCode.ShouldBe(0, run.ToString());
    }
}
