using System.Collections.Concurrent;
using Consistency.Analysis;

namespace Consistency.Packs.Zapad2025.Tests.Gate;

/// <summary>
/// Each gate folder analysed once, as one corpus (so the corpus rules compare its articles), shared
/// by the folder's test cases.
/// </summary>
public static class GateRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<AnalysisResult>> Runs = new(StringComparer.Ordinal);

    public static AnalysisResult Of(ArticleCorpus.Folder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Runs.GetOrAdd(folder.DisplayRoot, _ => new Lazy<AnalysisResult>(() => GateConfiguration.CreateAnalyzer().Analyze(folder.Inputs()))).Value;
    }
}
