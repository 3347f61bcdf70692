namespace Consistency.Cli.Tests;

/// <summary>
/// --output never replaces an article, however the article is spelt (the same name, a path through
/// '..', a link, a hard link, a glob): the run is refused with exit 2 before anything is written,
/// and the article is left byte for byte as it was.
/// </summary>
public sealed class ReportDestinationTests
{
    [Test]
    public void Output_naming_the_article_itself_is_refused()
    {
        using var desk = new Desk();
        var article = desk.AddSeed("a.txt");
        var before = File.ReadAllBytes(article);

        var run = desk.Check("a.txt", "-o", "a.txt");

        ShouldBeRefused(run, "a.txt", "a.txt");
        File.ReadAllBytes(article).ShouldBe(before);
    }

    [Test]
    public void Output_through_dot_dot_is_refused()
    {
        using var desk = new Desk();
        var article = desk.AddSeed("big.txt");
        Directory.CreateDirectory(Path.Combine(desk.Root, "s"));
        var before = File.ReadAllBytes(article);

        var run = desk.Check("big.txt", "-o", "./s/../big.txt");

        ShouldBeRefused(run, "./s/../big.txt", "big.txt");
        File.ReadAllBytes(article).ShouldBe(before);
    }

    [Test]
    public void Output_through_a_folder_link_and_dot_dot_is_compared_as_it_is_written()
    {
        // s -> deep/inner: to the kernel s/../big.txt is deep/big.txt, to .NET's file functions
        // (which write the report) it is ./big.txt. The guard compares the file that is written, so
        // the article behind the link is never touched and the report lands at ./big.txt.
        using var desk = new Desk();
        var article = desk.AddSeed("deep/big.txt");
        Directory.CreateDirectory(Path.Combine(desk.Root, "deep", "inner"));
        Directory.CreateSymbolicLink(Path.Combine(desk.Root, "s"), Path.Combine(desk.Root, "deep", "inner"));
        var before = File.ReadAllBytes(article);

        var run = desk.Check("deep/big.txt", "-o", "s/../big.txt");

        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound, run.ToString());
        File.ReadAllBytes(article).ShouldBe(before);
        File.ReadAllText(Path.Combine(desk.Root, "big.txt")).ShouldContain("deep/big.txt(7,121): error ZAP002");
    }

    [Test]
    public void Output_through_a_folder_link_and_dot_dot_onto_an_article_is_refused()
    {
        using var desk = new Desk();
        var article = desk.AddSeed("big.txt");
        Directory.CreateDirectory(Path.Combine(desk.Root, "deep", "inner"));
        Directory.CreateSymbolicLink(Path.Combine(desk.Root, "s"), Path.Combine(desk.Root, "deep", "inner"));
        var before = File.ReadAllBytes(article);

        var run = desk.Check(".", "-o", "s/../big.txt");

        ShouldBeRefused(run, "s/../big.txt", "big.txt");
        File.ReadAllBytes(article).ShouldBe(before);
    }

    [Test]
    public void Output_that_is_a_link_to_an_article_is_refused()
    {
        using var desk = new Desk();
        var article = desk.AddSeed("a.txt");
        Directory.CreateDirectory(Path.Combine(desk.Root, "s"));
        File.CreateSymbolicLink(Path.Combine(desk.Root, "s", "link.txt"), article);
        var before = File.ReadAllBytes(article);

        var run = desk.Check("a.txt", "-o", "s/link.txt");

        ShouldBeRefused(run, "s/link.txt", "a.txt");
        File.ReadAllBytes(article).ShouldBe(before);
    }

    [Test]
    public void Output_that_is_a_hard_link_to_an_article_found_in_a_folder_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("ln is Unix's");
        }

        using var desk = new Desk();
        var article = desk.AddSeed("news/a.txt");
        using (var ln = System.Diagnostics.Process.Start("ln", [article, Path.Combine(desk.Root, "copy.md")]))
        {
            ln.WaitForExit();
        }

        var before = File.ReadAllBytes(article);

        var run = desk.Check("news", "-o", "copy.md");

        ShouldBeRefused(run, "copy.md", "news/a.txt");
        File.ReadAllBytes(article).ShouldBe(before);
    }

    [Test]
    public void Output_matched_by_a_glob_naming_the_articles_is_refused()
    {
        using var desk = new Desk();
        var article = desk.AddSeed("a.txt");
        var before = File.ReadAllBytes(article);

        var run = desk.Check("*.txt", "-o", "a.txt");

        ShouldBeRefused(run, "a.txt", "a.txt");
        File.ReadAllBytes(article).ShouldBe(before);
    }

    [TestCase("text", "report.txt")]
    [TestCase("github", "report.txt")]
    [TestCase("markdown", "report.md")]
    [TestCase("json", "report.txt")]
    [TestCase("sarif", "report.md")]
    [TestCase("html", "report.md")]
    public void An_earlier_report_in_a_scanned_folder_is_replaced_and_not_checked(string format, string name)
    {
        using var desk = new Desk();
        desk.AddSeed("news/a.txt");

        var first = desk.Check(".", "--format", format, "-o", name);
        var firstReport = File.ReadAllText(Path.Combine(desk.Root, name));
        var second = desk.Check(".", "--format", format, "-o", name);

        second.ExitCode.ShouldBe(first.ExitCode, second.ToString());
        File.ReadAllText(Path.Combine(desk.Root, name)).ShouldBe(firstReport);
        firstReport.ShouldNotContain(name + "(");
    }

    [Test]
    public void An_article_in_a_scanned_folder_under_the_output_name_is_never_replaced()
    {
        using var desk = new Desk();
        desk.AddSeed("news/a.txt");
        var article = desk.AddSeed("report.txt");
        var before = File.ReadAllBytes(article);

        var run = desk.Check(".", "-o", "report.txt");

        ShouldBeRefused(run, "report.txt", "report.txt");
        File.ReadAllBytes(article).ShouldBe(before);
    }

    [Test]
    public void Output_to_a_new_file_beside_the_articles_is_written()
    {
        using var desk = new Desk();
        desk.AddSeed("a.txt");

        var run = desk.Check("a.txt", "-o", "report.txt");

        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound, run.ToString());
        File.ReadAllText(Path.Combine(desk.Root, "report.txt")).ShouldContain("a.txt(7,121): error ZAP002");
        Directory.GetFiles(desk.Root, "*.tmp").ShouldBeEmpty();
    }

    private static void ShouldBeRefused(CliRun run, string output, string article)
    {
        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Out.ShouldBeEmpty();
        run.Error.ShouldBe($"consistency: --output {output} is the article {article}; a report never replaces an article (name another file)\n");
    }

    [Test]
    public void A_run_killed_during_analysis_leaves_no_report_that_looks_current()
    {
        using var desk = new Desk();
        var seed = File.ReadAllText(Path.Combine(Consistency.Testing.RepositoryPaths.Seeds, Desk.SeedWithErrors));
        desk.Write("archive.txt", string.Concat(Enumerable.Repeat(seed + "\n", 20_000 * 1024 / seed.Length)));
        var report = desk.Write("report.txt", "the previous run's report\n");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = desk.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "consistency.dll"), "check", "archive.txt", "-o", "report.txt" })
        {
            start.ArgumentList.Add(arg);
        }

        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            // Killed as soon as the previous report is gone (the run has begun), or whenever it ends by itself.
            while (File.Exists(report) && File.ReadAllText(report) == "the previous run's report\n" && !process.HasExited)
            {
                Thread.Sleep(5);
            }

            if (!process.HasExited)
            {
                process.Kill();
            }

            process.WaitForExit();
        }

        // Either no report (killed before it was complete) or this run's whole report: never the old one, never a part.
        if (File.Exists(report))
        {
            var written = File.ReadAllText(report);
            written.ShouldNotContain("the previous run's report");
            written.ShouldStartWith("archive.txt(");
            written.ShouldMatch(@"\n1 article checked: \d+ discrepancies \([^)]*\)\n$");
        }
    }
}
