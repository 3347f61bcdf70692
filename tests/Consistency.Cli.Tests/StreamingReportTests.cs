namespace Consistency.Cli.Tests;

/// <summary>
/// Text and GitHub reports are written article by article while the run goes on; the bytes and
/// the exit code are those of the whole result written at the end (the path a progress display
/// takes), whatever the filter, with unreadable files and suppression files among the inputs.
/// </summary>
public sealed class StreamingReportTests
{
    private const string Reason = "Quoted from the ministry release; corrected next day";

    [TestCase("text", "hidden")]
    [TestCase("text", "warning")]
    [TestCase("text", "error")]
    [TestCase("github", "hidden")]
    [TestCase("github", "error")]
    public void Written_as_it_goes_is_the_same_as_written_at_the_end(string format, string minimum)
    {
        using var desk = Mixed();
        desk.Write("not-a-file.txt", "binary\0text");

        AssertSameBothWays(desk, "--format", format, "--min-severity", minimum);
    }

    [Test]
    public void With_a_suppression_file_its_review_follows_the_articles_as_before()
    {
        using var desk = Mixed();
        desk.Write(Suppressions.FileName, Suppressions.File(
            Suppressions.Entry("news/b.txt", "ZAP002", "2022", Reason),
            Suppressions.Entry("gone.txt", "ZAP002", "2022", Reason)));

        var run = AssertSameBothWays(desk);

        run.Out.ShouldContain("[suppressed: ");
        run.Out.ShouldContain(" CON0005: ");
    }

    [Test]
    public void Report_to_a_file_is_the_same_as_to_standard_output()
    {
        using var desk = Mixed();

        var toOut = desk.Check(".");
        var toFile = desk.Check(".", "--output", "report.txt");

        File.ReadAllText(Path.Combine(desk.Root, "report.txt")).ShouldBe(toOut.Out);
        toFile.ExitCode.ShouldBe(toOut.ExitCode);
    }

    [Test]
    public void A_report_file_inside_the_scanned_folder_is_not_checked_as_an_article()
    {
        using var desk = Mixed();

        var first = desk.Check(".", "--output", "report.txt");
        var firstReport = File.ReadAllText(Path.Combine(desk.Root, "report.txt"));
        var second = desk.Check(".", "--output", "report.txt");

        File.ReadAllText(Path.Combine(desk.Root, "report.txt")).ShouldBe(firstReport);
        firstReport.ShouldNotContain("report.txt");
        second.ExitCode.ShouldBe(first.ExitCode);
    }

    [TestCase("text")]
    [TestCase("json")]
    public void A_report_file_that_cannot_be_written_is_named_with_exit_code_2(string format)
    {
        using var desk = Mixed();

        var run = desk.Check(".", "--format", format, "--output", "news"); // a folder

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Error.ShouldContain("cannot write the report to news");
    }

    [Test]
    public void Reports_are_kept_for_review_only_when_a_suppression_file_is_found()
    {
        using var desk = Mixed();
        var files = new Consistency.Analysis.Suppressions.SuppressionFiles(desk.Root);
        files.LoadFolders([Path.Combine(desk.Root, "news"), desk.Root]);
        files.ReviewsReports.ShouldBeFalse();

        desk.Write("news/" + Suppressions.FileName, Suppressions.File(Suppressions.Entry("b.txt", "ZAP002", "2022", Reason)));
        var withFile = new Consistency.Analysis.Suppressions.SuppressionFiles(desk.Root);
        withFile.LoadFolders([desk.Root]);
        withFile.ReviewsReports.ShouldBeFalse("the desk's own folder sees no suppression file below it");
        withFile.LoadFolders([Path.Combine(desk.Root, "news")]);
        withFile.ReviewsReports.ShouldBeTrue();
    }

    private static CliRun AssertSameBothWays(Desk desk, params string[] options)
    {
        var streamed = desk.Check([".", .. options]);
        var atTheEnd = Cli.RunWith(h => h with { WorkingDirectory = desk.Root, ErrorIsTerminal = true, ProgressMinimumArticles = 1 }, ["check", ".", .. options]);

        atTheEnd.Error.ShouldContain("Checking articles", customMessage: "the comparison run must take the other path");
        streamed.Out.ShouldBe(atTheEnd.Out);
        streamed.ExitCode.ShouldBe(atTheEnd.ExitCode);
        streamed.Out.Split('\n').Length.ShouldBeGreaterThanOrEqualTo(9, "one finding or more per article, and the summary");
        return streamed;
    }

    /// <summary>Articles whose paths sort differently by culture and by ordinal, in folders and not.</summary>
    private static Desk Mixed()
    {
        var desk = new Desk();
        foreach (var path in new[] { "news/b.txt", "News/a.txt", "a.txt", "z/10.txt", "z/9.txt", "B.txt", "news/b-2.txt" })
        {
            desk.AddSeed(path);
        }

        return desk;
    }
}
