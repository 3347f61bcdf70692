namespace Consistency.Cli.Tests;

/// <summary>Progress is drawn on standard error only when it is a terminal and the run is long; a redirected stream gets nothing.</summary>
public sealed class ProgressTests
{
    private const int Articles = 30;

    [Test]
    public void Redirected_standard_error_gets_nothing_on_a_long_run()
    {
        using var desk = ManyArticles();

        var run = Cli.RunWith(h => h with { WorkingDirectory = desk.Root, ErrorIsTerminal = false, ProgressMinimumArticles = 1 }, "check", ".");

        run.Error.ShouldBeEmpty();
        run.Out.ShouldEndWith($"{Articles} articles checked: {Articles * 2} discrepancies ({Articles} errors, {Articles} warnings)\n");
    }

    [Test]
    public void Terminal_standard_error_shows_progress_on_a_long_run_and_the_report_is_unchanged()
    {
        using var desk = ManyArticles();
        var quiet = Cli.RunIn(desk.Root, "check", ".");

        var shown = Cli.RunWith(h => h with { WorkingDirectory = desk.Root, ErrorIsTerminal = true, ProgressMinimumArticles = Articles }, "check", ".");

        shown.Error.ShouldContain("Checking articles");
        shown.Out.ShouldBe(quiet.Out);
        shown.ExitCode.ShouldBe(quiet.ExitCode);
    }

    [Test]
    public void Terminal_standard_error_shows_nothing_on_a_short_run()
    {
        using var desk = ManyArticles();

        var run = Cli.RunWith(h => h with { WorkingDirectory = desk.Root, ErrorIsTerminal = true, ProgressMinimumArticles = Articles + 1 }, "check", ".");

        run.Error.ShouldBeEmpty();
    }

    [Test]
    public void Real_process_with_redirected_streams_writes_nothing_to_standard_error()
    {
        using var desk = ManyArticles(count: 250);   // above the default threshold of 200

        var run = ConsistencyProcess.Run(desk.Root, "check", ".");

        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound, run.ToString());
        run.Error.ShouldBeEmpty();
        run.Out.ShouldEndWith("250 articles checked: 500 discrepancies (250 errors, 250 warnings)\n");
    }

    private static Desk ManyArticles(int count = Articles)
    {
        var desk = new Desk();
        for (var i = 0; i < count; i++)
        {
            desk.AddSeed($"batch/{i:D3}.txt");
        }

        return desk;
    }
}
