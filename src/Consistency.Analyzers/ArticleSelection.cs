using ArticleDiscovery = Consistency.Analysis.ArticleDiscovery;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Consistency.Analyzers;

/// <summary>
/// Which of a project's AdditionalFiles are articles. A project carries other additional files
/// (BannedSymbols.txt, PublicAPI.Shipped.txt), so a desk can say it per item with the
/// <c>ConsistencyArticle</c> metadata (made visible to the compiler by the package's props);
/// without it, a file is an article when <c>consistency check</c> would take it from a folder
/// (<c>.txt</c> or <c>.md</c>, not a snapshot).
/// </summary>
internal static class ArticleSelection
{
    /// <summary>The key under which the compiler hands over the item's metadata (CompilerVisibleItemMetadata).</summary>
    internal const string MetadataKey = "build_metadata.AdditionalFiles.ConsistencyArticle";

    public static bool IsArticle(AdditionalText file, AnalyzerOptions options)
    {
        // An item without the metadata still has the key, with an empty value.
        if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(MetadataKey, out var marked)
            && bool.TryParse(marked, out var isArticle))
        {
            return isArticle;
        }

        return ArticleDiscovery.IsArticle(file.Path);
    }
}
