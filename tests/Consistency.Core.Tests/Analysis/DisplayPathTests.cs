using Consistency.Analysis;

namespace Consistency.Core.Tests.Analysis;

/// <summary>Display paths cut from the full path inside the base folder are those Path.GetRelativePath gives, and so are those outside it ("../x.txt").</summary>
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
        var expected = relative.Replace(Path.DirectorySeparatorChar, '/');

        ArticleDiscovery.DisplayPath(fullPath, baseDirectory).ShouldBe(expected);
    }

    [Test]
    public void An_article_outside_the_base_folder_is_reported_relative_to_it()
    {
        var article = Path.Combine(Path.GetTempPath(), "seeds", "x.txt");

        ArticleDiscovery.DisplayPath(article, Base).ShouldBe("../seeds/x.txt");
    }
}
