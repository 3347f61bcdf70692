using Consistency.Analysis;
using Consistency.Analysis.Configuration;
using Consistency.Testing;

namespace Consistency.Cli.Tests;

/// <summary>
/// Severities from .editorconfig files found from each article's folder upwards, matched by
/// Roslyn's AnalyzerConfigSet, and from an explicit --config file; a malformed file exits 2.
/// </summary>
public sealed class EditorConfigTests
{
    [Test]
    public void None_in_a_glob_section_silences_the_rule_there_and_nowhere_else()
    {
        using var desk = new Desk();
        desk.Write(".editorconfig", "root = true\n\n[opinion/**]\ndotnet_diagnostic.ZAP003.severity = none\n");
        desk.AddSeed("news/a.txt");
        desk.AddSeed("opinion/b.txt");
        desk.AddSeed("opinion/columns/c.txt");
        desk.AddSeed("opinion.txt");

        var run = desk.Check(".");

        run.Out.ShouldContain("news/a.txt(7,121): warning ZAP003");
        run.Out.ShouldContain("opinion.txt(7,121): warning ZAP003");
        run.Out.ShouldNotContain("opinion/b.txt(7,121): warning ZAP003");
        run.Out.ShouldNotContain("opinion/columns/c.txt(7,121): warning ZAP003");
        run.Out.ShouldContain("opinion/b.txt(7,121): error ZAP002", customMessage: "only the configured rule is silenced");
        run.Out.ShouldContain("opinion/columns/c.txt(7,121): error ZAP002");
    }

    [Test]
    public void Nearer_editorconfig_overrides_a_farther_one_and_keeps_its_other_settings()
    {
        using var desk = new Desk();
        desk.Write(".editorconfig", "root = true\n\n[*.txt]\ndotnet_diagnostic.ZAP002.severity = suggestion\ndotnet_diagnostic.ZAP003.severity = error\n");
        desk.Write("desk/.editorconfig", "[*.txt]\ndotnet_diagnostic.ZAP002.severity = warning\n");
        desk.AddSeed("desk/a.txt");

        var run = desk.Check(".");

        run.Out.ShouldContain("desk/a.txt(7,121): warning ZAP002");
        run.Out.ShouldContain("desk/a.txt(7,121): error ZAP003");
        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound);
    }

    [Test]
    public void Search_stops_at_a_root_editorconfig()
    {
        using var desk = new Desk();
        desk.Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.ZAP003.severity = none\n");
        desk.Write("desk/.editorconfig", "root = true\n");
        desk.AddSeed("desk/a.txt");

        desk.Check(".").Out.ShouldContain("warning ZAP003");
    }

    [Test]
    public void Lowering_the_only_error_to_a_warning_makes_the_run_pass()
    {
        using var desk = new Desk();
        desk.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.ZAP002.severity = warning\n");
        desk.AddSeed("a.txt");

        var run = desk.Check(".");

        run.Out.ShouldContain("a.txt(7,121): warning ZAP002");
        run.ExitCode.ShouldBe(ExitCodes.Clean);
    }

    [Test]
    public void Silent_findings_are_left_out_unless_min_severity_is_hidden()
    {
        using var desk = new Desk();
        desk.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.ZAP003.severity = silent\n");
        desk.AddSeed("a.txt");

        desk.Check(".").Out.ShouldNotContain("ZAP003");
        desk.Check(".", "--min-severity", "hidden").Out.ShouldContain("a.txt(7,121): hidden ZAP003");
    }

    [Test]
    public void Explicit_config_file_is_applied_after_the_ones_found_and_wins()
    {
        using var desk = new Desk();
        desk.Write(".editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.ZAP002.severity = warning\n");
        desk.Write("ci.editorconfig", "[news/*.txt]\ndotnet_diagnostic.ZAP002.severity = none\n");
        desk.AddSeed("news/a.txt");
        desk.AddSeed("other/b.txt");

        var run = desk.Check(".", "--config", "ci.editorconfig");

        run.Out.Split('\n').ShouldNotContain(line => line.StartsWith("news/a.txt(", StringComparison.Ordinal) && line.Contains(" ZAP002:", StringComparison.Ordinal));
        run.Out.ShouldContain("news/a.txt(7,121): warning ZAP003", customMessage: "the explicit file silences only what it names");
        run.Out.ShouldContain("other/b.txt(7,121): warning ZAP002");
    }

    [Test]
    public void Explicit_global_config_applies_to_every_article()
    {
        using var desk = new Desk();
        desk.Write("strict.globalconfig", "is_global = true\ndotnet_diagnostic.ZAP003.severity = error\n");
        desk.AddSeed("news/a.txt");

        desk.Check(".", "--config", "strict.globalconfig").Out.ShouldContain("news/a.txt(7,121): error ZAP003");
    }

    [TestCase("[*.txt]\ndotnet_diagnostic.ZAP002.severity = loud\n", 2, "'loud' is not a severity for dotnet_diagnostic.ZAP002.severity")]
    [TestCase("root = true\n[*.txt\ndotnet_diagnostic.ZAP002.severity = none\n", 2, "is not closed with ']'")]
    [TestCase("root = true\n\n[*]\nthis line means nothing\n", 4, "is neither a [section] nor a 'key = value' line")]
    [TestCase("[*.txt]\ndotnet_diagnostic.ZAP002.severity = info\n", 2, "'info' is not a severity for dotnet_diagnostic.ZAP002.severity; use none, silent, suggestion, warning, error or default ('info' is written 'suggestion' here)")]
    [TestCase("[*.txt]\ndotnet_diagnostic.ZAP002.severity = hidden\n", 2, "('hidden' is written 'silent' here)")]
    public void Malformed_editorconfig_exits_2_naming_the_file_line_and_problem(string config, int line, string problem)
    {
        using var desk = new Desk();
        desk.Write("news/.editorconfig", config);
        desk.AddSeed("news/a.txt");

        var run = desk.Check(".");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Out.ShouldBeEmpty();
        run.Error.ShouldStartWith($"consistency: configuration error: news/.editorconfig({line}): ");
        run.Error.ShouldContain(problem);
    }

    [Test]
    public void Missing_explicit_config_exits_2_naming_it()
    {
        var run = Cli.Run("check", "seeds", "--config", "no-such.editorconfig");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput);
        run.Error.ShouldContain("no-such.editorconfig: the configuration file does not exist");
    }

    [Test]
    public void Repository_editorconfig_that_seed_articles_see_is_valid_and_changes_no_severity()
    {
        var inputs = ArticleDiscovery.Find(["seeds", "tests/corpus"], RepositoryPaths.Root, out _);
        var configuration = ArticleConfiguration.Load(RepositoryPaths.Root, inputs);

        configuration.Errors.ShouldBeEmpty();
        foreach (var rule in Packs.AllDescriptors)
        {
            configuration.Severities.Resolve(rule, rule.DefaultSeverity, inputs[0].DisplayPath).ShouldBe(rule.DefaultSeverity);
        }
    }

    [Test]
    public void Configuration_files_are_read_once_before_analysis_and_then_served_from_the_cache()
    {
        using var desk = new Desk();
        desk.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.ZAP002.severity = warning\n");
        desk.Write(Suppressions.FileName, Suppressions.File(Suppressions.Entry("a1.txt", "ZAP003", "2022", "reviewed")));
        for (var i = 0; i < 20; i++)
        {
            desk.AddSeed($"a{i}.txt");
        }

        var inputs = ArticleDiscovery.Find(["."], desk.Root, out _);
        var configuration = ArticleConfiguration.Load(desk.Root, inputs);
        File.Delete(Path.Combine(desk.Root, ".editorconfig"));
        File.Delete(Path.Combine(desk.Root, Suppressions.FileName));
        var result = new Analyzer(Packs.All, configuration.ApplyTo(new AnalyzerOptions())).Analyze(inputs);

        result.Diagnostics.Where(d => d.Id == "ZAP002").Select(d => d.Severity).Distinct().ShouldBe([Rules.Severity.Warning]);
        result.Diagnostics.Count(d => d.IsSuppressed).ShouldBe(1);
    }
}
