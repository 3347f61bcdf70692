using Consistency.Analysis;
using Consistency.Testing;

namespace Consistency.Packs.DroneIncursion2025.Tests.Gate;

/// <summary>The team's articles about the drone incursion (<c>tests/drones</c>), each with its snapshot in <c>snapshots/drones</c>.</summary>
public static class DroneArticles
{
    public const string DisplayRoot = "tests/drones";

    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "drones");

    public static string SnapshotDirectory => Path.Combine(RepositoryPaths.Snapshots, "drones");

    public static IReadOnlyList<string> Names() =>
        System.IO.Directory.EnumerateFiles(Directory).Where(ArticleDiscovery.IsArticle)
            .Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();

    public static ArticleInput Input(string name) => ArticleInput.FromFile($"{DisplayRoot}/{name}", Path.Combine(Directory, name));

    public static IReadOnlyList<ArticleInput> Inputs() => Names().Select(Input).ToArray();
}
