using Consistency.Analysis;
using Consistency.Analysis.Configuration;
using Consistency.Testing;

namespace Consistency.Packs.Zapad2025.Tests.Gate;

/// <summary>
/// The configuration the gate's articles are checked with: the same .editorconfig severities and
/// reviewed suppressions the command line finds beside them, so a snapshot shows what
/// <c>consistency check</c> reports, suppressed findings marked with their reason.
/// </summary>
public static class GateConfiguration
{
    private static readonly Lazy<ArticleConfiguration> Loaded = new(() =>
        ArticleConfiguration.Load(RepositoryPaths.Root, ArticleCorpus.All.SelectMany(f => f.Inputs()).ToArray()));

    public static ArticleConfiguration Configuration => Loaded.Value;

    public static Analyzer CreateAnalyzer() => new([new Zapad2025Pack()], Configuration.ApplyTo(new AnalyzerOptions()));
}
