using Consistency.Analysis;
using Consistency.Testing;

namespace Consistency.Packs.Zapad2025.Tests.Gate;

/// <summary>The article folders the gate covers, and where each keeps its snapshots.</summary>
public static class ArticleCorpus
{
    /// <summary>The story's seed articles: <c>seeds/X</c> is compared with <c>snapshots/X.verified.txt</c>.</summary>
    public static readonly Folder Seeds = new("seeds", RepositoryPaths.Seeds, RepositoryPaths.Snapshots);

    /// <summary>The team's own articles, half correct, half with planted errors (see tests/CORPUS.md).</summary>
    public static readonly Folder Team = new("tests/corpus", RepositoryPaths.Corpus, Path.Combine(RepositoryPaths.Snapshots, "corpus"));

    public static IEnumerable<Folder> All => [Seeds, Team];

    public sealed record Folder(string DisplayRoot, string Directory, string SnapshotDirectory)
    {
        public IReadOnlyList<string> ArticleNames() =>
            System.IO.Directory.EnumerateFiles(Directory).Where(ArticleDiscovery.IsArticle)
                .Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();

        public ArticleInput Input(string name) => ArticleInput.FromFile($"{DisplayRoot}/{name}", Path.Combine(Directory, name));

        public IReadOnlyList<ArticleInput> Inputs() => ArticleNames().Select(Input).ToArray();
    }
}
