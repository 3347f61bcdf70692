using Consistency.Analysis;

namespace Consistency.Core.Tests.Analysis;

/// <summary>Display paths cut from the full path inside the base folder are those Path.GetRelativePath gives; outside it, the full path.</summary>
public sealed class DisplayPathTests
{
    private static readonly string Base = Path.Combine(Path.GetTempPath(), "desk");

    public static IEnumerable<string[]> Cases()
    {
        yield return [Path.Combine(Base, "a.txt"), Base];
        yield return [Path.Combine(Base, "news", "2025", "b.md"), Base];
        yield return [Path.Combine(Base, "news", "b.md"), Base + Path.DirectorySeparatorChar];
        yield return [Path.Combine(Base + "-other", "c.txt"), Base];
        yield return [Path.Combine(Path.GetTempPath(), "d.txt"), Base];
        yield return [Path.Combine(Base, "e.txt"), Path.Combine(Base, "news", "..")];
        yield return [Path.Combine(Base, "f.txt"), Path.GetPathRoot(Base)!];
        yield return [Path.Combine(Base, "g.txt"), Base.ToUpperInvariant()];
    }

    [TestCaseSource(nameof(Cases))]
    public void Cut_or_computed_the_display_path_is_the_same(string fullPath, string baseDirectory)
    {
        var relative = Path.GetRelativePath(baseDirectory, fullPath);
        var expected = (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');

        ArticleDiscovery.DisplayPath(fullPath, baseDirectory).ShouldBe(expected);
    }
}
