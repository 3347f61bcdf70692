using Consistency.Analysis;
using Consistency.Packs.Zapad2025;
using Consistency.Reporting;
using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Core.Tests.Support;

/// <summary>Runs the engine with the Zapad pack the way the command line does, and renders what it reports.</summary>
internal static class EngineRun
{
    public static readonly RulePack Zapad = new Zapad2025Pack();

    public static Analyzer Analyzer(int threads = 1, params RulePack[] packs) =>
        new(packs.Length == 0 ? [Zapad] : packs, new AnalyzerOptions { MaxDegreeOfParallelism = threads });

    public static ArticleReport Text(string text, string path = "test.txt") => Analyzer().Analyze(new Article(path, text));

    /// <summary>The command line's text output for the given inputs.</summary>
    public static string Output(AnalysisResult result)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new MsBuildTextFormatter().Write(result, writer);
        return writer.ToString();
    }

    /// <summary>Every article of a folder, as the command line finds them, named relative to the folder.</summary>
    public static IReadOnlyList<ArticleInput> Folder(string folder)
    {
        var inputs = ArticleDiscovery.Find([folder], folder, out var missing);
        missing.ShouldBeEmpty();
        return inputs;
    }

    public static string Lines(ArticleReport report) => string.Join("\n", report.Diagnostics.Select(DiagnosticLine.Format));
}
