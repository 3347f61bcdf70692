namespace Consistency.Analysis;

/// <summary>
/// Turns the paths a user names (files or folders, searched recursively) into articles to check:
/// <c>.txt</c> and <c>.md</c> files, in ordinal path order, each reported under its path relative
/// to the base directory given, with forward slashes.
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
            if (File.Exists(full))
            {
                Add(found, full, baseDirectory);
            }
            else if (Directory.Exists(full))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
                foreach (var file in Directory.EnumerateFiles(full, "*", options))
                {
                    if (IsArticle(file))
                    {
                        Add(found, file, baseDirectory);
                    }
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

    private static void Add(SortedDictionary<string, ArticleInput> found, string full, string baseDirectory)
    {
        var display = DisplayPath(full, baseDirectory);
        found[display] = ArticleInput.FromFile(display, full);
    }
}
