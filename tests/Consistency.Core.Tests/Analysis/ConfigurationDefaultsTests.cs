using Consistency.Analysis;
using Consistency.Analysis.Configuration;
using Consistency.Analysis.Suppressions;
using Consistency.Core.Tests.Support;

namespace Consistency.Core.Tests.Analysis;

/// <summary>
/// Articles no configuration file reaches are analysed with the plain defaults (no severity lookup
/// per finding, no suppression check per article); a file anywhere above them, or one named, brings
/// the configured path back. Either way the findings are the same when the files configure nothing.
/// </summary>
public sealed class ConfigurationDefaultsTests
{
    [Test]
    public void No_file_above_the_articles_means_the_defaults()
    {
        using var folder = new TempFolder();
        if (FolderChain.Upwards(folder.Path).Any(dir => File.Exists(Path.Combine(dir, ".editorconfig"))))
        {
            Assert.Ignore("an .editorconfig above the temporary folder configures it: this machine cannot show the unconfigured case");
        }

        var options = Configure(folder, "news/a.txt");

        options.Severities.ShouldBeSameAs(DefaultSeverities.Instance);
        options.Suppressions.ShouldBeSameAs(NoSuppressions.Instance);
    }

    [Test]
    public void An_editorconfig_or_a_suppression_file_above_the_articles_is_used()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n");
        folder.Write("news/consistency.suppressions.json", "{ \"version\": 1, \"suppressions\": [] }\n");

        var options = Configure(folder, "news/a.txt");

        options.Severities.ShouldBeOfType<EditorConfigSeverities>();
        options.Suppressions.ShouldBeOfType<SuppressionFiles>();
    }

    [Test]
    public void The_defaults_give_the_same_findings_as_a_configuration_that_configures_nothing()
    {
        var inputs = Directory.GetFiles(Consistency.Testing.RepositoryPaths.Seeds)
            .Select(f => ArticleInput.FromText(Path.GetFileName(f), File.ReadAllText(f))).ToArray();
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n");
        var configured = ArticleConfiguration.Load(folder.Path, inputs).ApplyTo(new AnalyzerOptions());
        configured.Severities.ShouldBeOfType<EditorConfigSeverities>();

        var withDefaults = EngineRun.Output(new Analyzer([EngineRun.Zapad]).Analyze(inputs));
        var withEmptyConfiguration = EngineRun.Output(new Analyzer([EngineRun.Zapad], configured).Analyze(inputs));

        withDefaults.ShouldBe(withEmptyConfiguration);
        withDefaults.ShouldContain("error ZAP");
    }

    private static AnalyzerOptions Configure(TempFolder folder, string article)
    {
        folder.Write(article, "The exercise began on Friday.");
        var configuration = ArticleConfiguration.Load(folder.Path, [ArticleInput.FromFile(article, folder.File(article))]);
        configuration.Errors.ShouldBeEmpty();
        return configuration.ApplyTo(new AnalyzerOptions());
    }
}
