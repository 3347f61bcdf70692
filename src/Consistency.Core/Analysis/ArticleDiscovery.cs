namespace Consistency.Analysis;

/// <summary>
/// Turns the paths a user names (files or folders, searched recursively) into articles to check:
/// <c>.txt</c> and <c>.md</c> files, in ordinal path order, each reported under its path relative
/// to the base directory given, with forward slashes. A path with wildcards is a <see cref="PathGlob"/>;
/// one that matches no article counts as missing, as a misspelt path does.
/// </summary>
public static class ArticleDiscovery
{
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".md"];

    public static IReadOnlyList<ArticleInput> Find(IEnumerable<string> paths, string baseDirectory, out IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var found = new SortedDictionary<string, ArticleInput>(StringComparer.Ordinal);
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, baseDirectory);
            if (PathGlob.IsGlob(path))
            {
                if (!AddMatches(found, PathGlob.Parse(path), baseDirectory))
                {
                    notFound.Add(path);
                }
            }
            else if (File.Exists(full))
            {
                Add(found, full, baseDirectory);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in ArticlesUnder(full))
                {
                    Add(found, file, baseDirectory);
                }
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return found.Values.ToArray();
    }

    public static bool IsArticle(string path) =>
        Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase))
        && !path.EndsWith(".verified.txt", StringComparison.OrdinalIgnoreCase)
        && !path.EndsWith(".received.txt", StringComparison.OrdinalIgnoreCase);

    public static string DisplayPath(string fullPath, string baseDirectory)
    {
        var relative = Path.GetRelativePath(baseDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
    }

    private static bool AddMatches(SortedDictionary<string, ArticleInput> found, PathGlob glob, string baseDirectory)
    {
        var root = Path.GetFullPath(glob.Root.Length == 0 ? "." : glob.Root, baseDirectory);
        var any = false;
        foreach (var file in Directory.Exists(root) ? ArticlesUnder(root) : [])
        {
            if (glob.Matches(Path.GetRelativePath(root, file).Replace('\\', '/')))
            {
                Add(found, file, baseDirectory);
                any = true;
            }
        }

        return any;
    }

    private static IEnumerable<string> ArticlesUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        return Directory.EnumerateFiles(folder, "*", options).Where(IsArticle);
    }

    private static void Add(SortedDictionary<string, ArticleInput> found, string full, string baseDirectory)
    {
        var display = DisplayPath(full, baseDirectory);
        found[display] = ArticleInput.FromFile(display, full);
    }
}
