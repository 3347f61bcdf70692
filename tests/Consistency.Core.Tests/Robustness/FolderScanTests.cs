using Consistency.Analysis;
using Consistency.Core.Tests.Support;

namespace Consistency.Core.Tests.Robustness;

/// <summary>
/// What a folder scan meets besides articles: link loops, broken links, pipes, unreadable and
/// vanishing files. Each entry named like an article is reported under its own path; nothing
/// hangs, loops or stops the scan, and the real articles beside them keep their findings.
/// These tests run as root here, where permissions do not stop reading: a looping or broken link
/// and a file removed after discovery are what really fail to open (CON0002) for every user.
/// </summary>
[NonParallelizable]
public sealed class FolderScanTests
{
    private const string Finding = "Observers from 32 countries watched the Zapad drills.";

    private static TempFolder FolderWithOneRealArticle()
    {
        var folder = new TempFolder();
        folder.Write("real.txt", Finding);
        return folder;
    }

    private static void ShouldHaveTheRealFinding(AnalysisResult result) =>
        result.Articles.Single(a => a.Path == "real.txt").Diagnostics.Single().Id.ShouldBe("ZAP004");

    /// <summary>Scans a folder holding the real article and one file link, and returns what the scan reported.</summary>
    private static AnalysisResult ScanWithLink(string link, string target)
    {
        using var folder = FolderWithOneRealArticle();
        File.CreateSymbolicLink(folder.File(link), target);
        return EngineRun.Analyzer().Analyze(EngineRun.Folder(folder.Path));
    }

    private static string Only(AnalysisResult result, string path) =>
        EngineRun.Lines(result.Articles.Single(a => a.Path == path));

    [Test]
    public void A_folder_link_that_loops_back_up_the_tree_is_not_followed()
    {
        using var folder = FolderWithOneRealArticle();
        Directory.CreateDirectory(folder.File("sub"));
        Directory.CreateSymbolicLink(folder.File("sub/up"), folder.Path);
        Directory.CreateSymbolicLink(folder.File("self"), ".");

        var result = EngineRun.Analyzer().Analyze(EngineRun.Folder(folder.Path));

        result.Articles.Select(a => a.Path).ShouldBe(["real.txt"]);
        ShouldHaveTheRealFinding(result);
    }

    [Test]
    public void File_links_that_loop_are_reported_as_unreadable_under_their_own_path()
    {
        using var folder = FolderWithOneRealArticle();
        File.CreateSymbolicLink(folder.File("a.txt"), "b.txt");
        File.CreateSymbolicLink(folder.File("b.txt"), "a.txt");

        var result = EngineRun.Analyzer(threads: 2).Analyze(EngineRun.Folder(folder.Path));

        Only(result, "a.txt").ShouldStartWith("a.txt(1,1): error CON0002: Could not read the article: IOException: ");
        Only(result, "b.txt").ShouldStartWith("b.txt(1,1): error CON0002: Could not read the article: IOException: ");
        Only(result, "a.txt").ShouldNotContain(folder.Path, customMessage: "the reason names the article by its reported path, not the machine's");
        ShouldHaveTheRealFinding(result);
    }

    [Test]
    public void A_broken_link_is_reported_as_unreadable()
    {
        var result = ScanWithLink("gone.txt", "nowhere.txt");

        Only(result, "gone.txt").ShouldStartWith("gone.txt(1,1): error CON0002: Could not read the article: FileNotFoundException: ");
        ShouldHaveTheRealFinding(result);
    }

    [Test]
    public void A_link_to_a_real_article_is_checked_under_the_link_path()
    {
        var result = ScanWithLink("alias.txt", "real.txt");

        result.Articles.Single(a => a.Path == "alias.txt").Diagnostics.Single().Id.ShouldBe("ZAP004");
        ShouldHaveTheRealFinding(result);
    }

    [Test]
    public void A_file_removed_between_discovery_and_reading_is_reported_and_the_scan_goes_on()
    {
        using var folder = FolderWithOneRealArticle();
        folder.Write("vanishing.txt", Finding);
        var inputs = EngineRun.Folder(folder.Path);
        File.Delete(folder.File("vanishing.txt"));

        var result = EngineRun.Analyzer().Analyze(inputs);

        Only(result, "vanishing.txt").ShouldStartWith("vanishing.txt(1,1): error CON0002: Could not read the article: FileNotFoundException: ");
        ShouldHaveTheRealFinding(result);
    }

    [Test]
    public void A_folder_removed_between_discovery_and_reading_reports_each_of_its_articles()
    {
        using var folder = FolderWithOneRealArticle();
        folder.Write("desk/one.txt", Finding);
        folder.Write("desk/two.md", Finding);
        var inputs = EngineRun.Folder(folder.Path);
        Directory.Delete(folder.File("desk"), recursive: true);

        var result = EngineRun.Analyzer(threads: 2).Analyze(inputs);

        Only(result, "desk/one.txt").ShouldContain("error CON0002");
        Only(result, "desk/two.md").ShouldContain("error CON0002");
        ShouldHaveTheRealFinding(result);
    }

    [Test]
    public void A_named_pipe_named_like_an_article_neither_blocks_the_scan_nor_is_read()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("named pipes are not files on Windows");
        }

        using var folder = FolderWithOneRealArticle();
        MakeFifo(folder.File("pipe.txt"));

        var result = EngineRun.Analyzer(threads: 2).Analyze(EngineRun.Folder(folder.Path));

        // Looked at, never opened (opening would wait for a writer forever), and not passed as an empty article either.
        Only(result, "pipe.txt").ShouldBe("pipe.txt(1,1): error CON0002: Could not read the article: it is a named pipe (FIFO), not a regular file; only regular files are read");
        ShouldHaveTheRealFinding(result);
    }

    [Test]
    public void A_file_without_read_permission_is_reported_as_unreadable_when_permissions_apply()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Ignore("Unix permissions only");
            return;
        }

        if (Environment.IsPrivilegedProcess)
        {
            Assert.Ignore("root reads a chmod 000 file; the link and vanishing-file tests cover CON0002 there");
        }

        using var folder = FolderWithOneRealArticle();
        var locked = folder.Write("locked.txt", Finding);
        File.SetUnixFileMode(locked, UnixFileMode.None);

        var result = EngineRun.Analyzer().Analyze(EngineRun.Folder(folder.Path));

        Only(result, "locked.txt").ShouldStartWith("locked.txt(1,1): error CON0002: Could not read the article: UnauthorizedAccessException: ");
        ShouldHaveTheRealFinding(result);
    }

    [Test]
    public void Every_hostile_entry_at_once_leaves_the_command_line_output_of_the_real_articles_unchanged()
    {
        using var clean = FolderWithOneRealArticle();
        using var folder = FolderWithOneRealArticle();
        File.CreateSymbolicLink(folder.File("loop.txt"), "loop.txt");
        File.CreateSymbolicLink(folder.File("gone.txt"), "nowhere.txt");
        Directory.CreateSymbolicLink(folder.File("up"), "..");
        if (!OperatingSystem.IsWindows())
        {
            MakeFifo(folder.File("pipe.md"));
        }

        var expected = EngineRun.Analyzer().Analyze(EngineRun.Folder(clean.Path)).Articles.Single();
        var result = EngineRun.Analyzer(threads: 2).Analyze(EngineRun.Folder(folder.Path));

        EngineRun.Lines(result.Articles.Single(a => a.Path == "real.txt")).ShouldBe(EngineRun.Lines(expected));
        result.Diagnostics.Count(d => d.Id == "CON0002").ShouldBe(OperatingSystem.IsWindows() ? 2 : 3);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0);
    }
}
