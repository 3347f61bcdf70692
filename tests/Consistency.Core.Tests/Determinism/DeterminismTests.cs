using System.Diagnostics;
using System.Globalization;
using Consistency.Analysis;
using Consistency.Core.Tests.Support;
using Consistency.Testing;

namespace Consistency.Core.Tests.Determinism;

/// <summary>
/// The same bytes whatever the machine: every culture the run might inherit (Turkish dotted and
/// dotless i, German decimal commas, Arabic digits and right-to-left marks, invariant) and every
/// thread count, compared with one reference run, in process and through the real command line.
/// </summary>
[NonParallelizable]
public sealed class DeterminismTests
{
    private static readonly string[] Cultures = ["tr-TR", "de-DE", "ar-SA", ""];

    private static IReadOnlyList<ArticleInput> Inputs() =>
        ArticleDiscovery.Find(["seeds", "tests/corpus"], RepositoryPaths.Root, out _);

    private static string RunUnder(string culture, int threads)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        var (current, ui, defaultCulture, defaultUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = info;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = info;
            return EngineRun.Output(EngineRun.Analyzer(threads).Analyze(Inputs()));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (defaultCulture, defaultUi);
        }
    }

    private static readonly Lazy<string> Reference = new(() => RunUnder("", 1));

    public static IEnumerable<TestCaseData> Runs() =>
        from culture in Cultures
        from threads in new[] { 1, Environment.ProcessorCount, 8 }.Distinct()
        select new TestCaseData(culture, threads).SetName($"{{m}}({(culture.Length == 0 ? "invariant" : culture)}, {threads} threads)");

    [Test]
    public void The_reference_run_has_findings_and_a_summary()
    {
        Reference.Value.Split('\n').Count(l => l.Contains(": error ZAP", StringComparison.Ordinal)).ShouldBeGreaterThan(3);
        Reference.Value.ShouldContain(" years before Zapad-2025", customMessage: "a message with a number in words, which cultures spell differently");
        Reference.Value.ShouldContain(" articles checked: ");
    }

    [Test]
    public async Task A_warm_up_running_beside_the_analysis_changes_nothing()
    {
        for (var round = 0; round < 3; round++)
        {
            var pack = new Consistency.Packs.Zapad2025.Zapad2025Pack();
            var warmUp = Analyzer.StartWarmUp([pack]);
            var output = EngineRun.Output(EngineRun.Analyzer(Environment.ProcessorCount, pack).Analyze(Inputs()));
            (await warmUp).ShouldBeTrue("the warm-up analysed its example article");
            output.ShouldBe(Reference.Value);
        }
    }

    [TestCaseSource(nameof(Runs))]
    public void Output_is_byte_identical_under_every_culture_and_thread_count(string culture, int threads)
    {
        RunUnder(culture, threads).ShouldBe(Reference.Value);
    }

    [Test]
    public void An_article_reports_the_same_whatever_was_analysed_before_it_on_its_thread()
    {
        // A thread hands each article's token array on to its next article: longer, shorter or
        // the same, the article before must leave nothing behind.
        var analyzer = EngineRun.Analyzer();
        var inputs = Inputs();
        var forward = inputs.Select(analyzer.AnalyzeInput).Select(EngineRun.Lines).ToList();
        var backward = inputs.Reverse().Select(analyzer.AnalyzeInput).Select(EngineRun.Lines).Reverse().ToList();
        var longestFirst = inputs.Select(input =>
        {
            analyzer.AnalyzeInput(inputs.MaxBy(i => new FileInfo(i.FilePath!).Length)!);
            return EngineRun.Lines(analyzer.AnalyzeInput(input));
        }).ToList();

        forward.Count(lines => lines.Length > 0).ShouldBeGreaterThan(3);
        backward.ShouldBe(forward);
        longestFirst.ShouldBe(forward);
    }

    [Test]
    public void No_articles_make_an_empty_result_and_any_count_an_ordered_one()
    {
        // Work is handed out in ranges of a few articles: none, fewer than a range, and not a multiple of one.
        EngineRun.Analyzer(2).Analyze([]).Articles.ShouldBeEmpty();
        var inputs = Inputs();
        foreach (var count in new[] { 1, 3, 9, inputs.Count })
        {
            var paths = EngineRun.Analyzer(2).Analyze(inputs.Take(count).ToList()).Articles.Select(a => a.Path).ToList();
            paths.ShouldBe(inputs.Take(count).Select(i => i.DisplayPath).Order(StringComparer.Ordinal).ToList());
        }
    }

    [Test]
    public void Repeated_runs_are_byte_identical()
    {
        RunUnder("tr-TR", Environment.ProcessorCount).ShouldBe(RunUnder("tr-TR", Environment.ProcessorCount));
    }

    [Test]
    public void The_command_line_under_a_Turkish_locale_prints_the_reference_bytes()
    {
        var cli = CommandLine.Find();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("check");
        start.ArgumentList.Add("seeds");
        start.ArgumentList.Add("tests/corpus");
        start.Environment.Remove("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
        start.Environment["LANG"] = "tr_TR.UTF-8";
        start.Environment["LC_ALL"] = "tr_TR.UTF-8";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();

        stderr.Result.ShouldBeEmpty();
        process.ExitCode.ShouldBe(1, "the seeds hold error findings");
        stdout.Result.ShouldBe(Reference.Value);
    }
}
