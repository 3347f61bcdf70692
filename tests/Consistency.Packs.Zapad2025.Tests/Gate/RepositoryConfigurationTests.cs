namespace Consistency.Packs.Zapad2025.Tests.Gate;

/// <summary>The configuration files the gate's articles see can be used, and no suppression among them is unjustified or stale.</summary>
public sealed class RepositoryConfigurationTests
{
    [Test]
    public void Configuration_files_beside_the_articles_have_no_errors()
    {
        GateConfiguration.Configuration.Errors.Select(e => e.ToString()).ShouldBeEmpty();
    }

    [Test]
    public void No_suppression_is_unjustified_or_stale()
    {
        var result = GateConfiguration.CreateAnalyzer().Analyze(ArticleCorpus.All.SelectMany(f => f.Inputs()).ToArray());

        result.ConfigurationReports.SelectMany(r => r.Diagnostics).Select(Reporting.DiagnosticLine.Format).ShouldBeEmpty();
        result.Articles.Count.ShouldBeGreaterThan(0);
    }
}
