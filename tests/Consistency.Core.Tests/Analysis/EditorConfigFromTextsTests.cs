using Consistency.Analysis.Configuration;
using Consistency.Rules;

namespace Consistency.Core.Tests.Analysis;

/// <summary>
/// Severities from .editorconfig texts a host already holds (the compiler hands them to the
/// analyzer as AdditionalFiles) mean what the files on disk mean to the command line: sections
/// matched to the article's full path, the nearest file winning, a root file ending the search,
/// and a folder whose file was not handed over configuring nothing.
/// </summary>
public sealed class EditorConfigFromTextsTests
{
    private static readonly string Desk = Path.Combine(Path.GetTempPath(), "desk-from-texts");

    private static readonly RuleDescriptor Rule = new("TST001", "A test rule", "{0}", "Test", Severity.Error, new Uri("https://example.org/"), "For these tests.");

    private static Severity? Resolve(EditorConfigSeverities severities, params string[] articlePath) =>
        severities.Resolve(Rule, Severity.Error, Path.Combine([Desk, .. articlePath]).Replace('\\', '/'));

    [Test]
    public void A_section_matching_the_article_sets_its_severity_and_the_nearest_file_wins()
    {
        var severities = EditorConfigSeverities.FromTexts([
            new(Path.Combine(Desk, ".editorconfig"), "root = true\n[*.txt]\ndotnet_diagnostic.TST001.severity = warning\n"),
            new(Path.Combine(Desk, "opinion", ".editorconfig"), "[*.txt]\ndotnet_diagnostic.TST001.severity = none\n"),
        ]);

        Resolve(severities, "news", "a.txt").ShouldBe(Severity.Warning);
        Resolve(severities, "news", "a.md").ShouldBe(Severity.Error);
        Resolve(severities, "opinion", "b.txt").ShouldBeNull();
    }

    [Test]
    public void A_root_file_ends_the_search_upwards()
    {
        var severities = EditorConfigSeverities.FromTexts([
            new(Path.Combine(Desk, ".editorconfig"), "[*.txt]\ndotnet_diagnostic.TST001.severity = none\n"),
            new(Path.Combine(Desk, "news", ".editorconfig"), "root = true\n[*.md]\ndotnet_diagnostic.TST001.severity = suggestion\n"),
        ]);

        Resolve(severities, "news", "a.txt").ShouldBe(Severity.Error);
        Resolve(severities, "news", "a.md").ShouldBe(Severity.Info);
        Resolve(severities, "a.txt").ShouldBeNull();
    }

    [Test]
    public void No_text_handed_over_configures_nothing_even_where_a_file_exists_on_disk()
    {
        using var folder = new Support.TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.TST001.severity = none\n");

        var severities = EditorConfigSeverities.FromTexts([]);

        severities.Resolve(Rule, Severity.Error, Path.Combine(folder.Path, "a.txt")).ShouldBe(Severity.Error);
        severities.ConfiguresAnything.ShouldBeFalse();
    }
}
