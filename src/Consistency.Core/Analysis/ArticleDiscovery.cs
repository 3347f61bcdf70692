using System.IO.Enumeration;
using Consistency.Analysis.Ignore;
using Consistency.Text;

namespace Consistency.Analysis;

/// <summary>
/// Turns the paths a user names (files or folders, searched recursively) into articles to check:
/// <c>.txt</c> and <c>.md</c> files, in ordinal path order, each reported under its path relative
/// to the base directory given, with forward slashes. A path with wildcards is a <see cref="PathGlob"/>;
/// one that matches no article counts as missing, as a misspelt path does.
/// </summary>
/// <remarks>
/// Links to folders are not followed (a link back up the tree would loop, and a linked folder
/// would be checked twice); links to files are checked under the link's own path, and a broken
/// or looping link is kept, so that reading it reports CON0002 naming it. A folder that cannot be
/// listed (no permission, removed during the scan) is kept as an input too, and reports CON0002,
/// rather than its articles silently going unchecked.
/// </remarks>
public static class ArticleDiscovery
{
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".md"];

    /// <param name="paths">Files, folders and globs, as the user typed them.</param>
    /// <param name="baseDirectory">The folder relative paths start from.</param>
    /// <param name="problems">One message per path that names nothing: missing, matching no article, or not a valid glob.</param>
    public static IReadOnlyList<ArticleInput> Find(IEnumerable<string> paths, string baseDirectory, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(paths);
        // Sorted once at the end, not kept sorted: a SortedDictionary is framework code compiled at start-up for its own sake.
        var found = new Dictionary<string, ArticleInput>(StringComparer.Ordinal);
        var messages = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, baseDirectory);
            // A file or folder named exactly wins over a glob reading: 'report [draft].txt' is that file.
            if (File.Exists(full))
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
            else if (!PathGlob.IsGlob(path))
            {
                messages.Add(NotFound(path));
            }
            else if (!PathGlob.TryParse(path, out var glob, out var error))
            {
                messages.Add(error!);
            }
            else if (!AddMatches(found, glob!, baseDirectory))
            {
                messages.Add(NotFound(path));
            }
        }

        problems = messages;
        var inputs = found.Values.ToArray();
        Array.Sort(inputs, static (a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return inputs;
    }

    private static string NotFound(string path) => $"no such file or folder, or no article matches: {path}";

    public static bool IsArticle(string path) =>
        Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase))
        && !path.EndsWith(".verified.txt", StringComparison.OrdinalIgnoreCase)
        && !path.EndsWith(".received.txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The path an article is reported under: relative to the base folder, with forward slashes, also for an
    /// article outside it (<c>../seeds/a.txt</c>), so no report holds a machine's path. Only where no relative
    /// path exists (another drive on Windows) is the full path reported.
    /// </summary>
    /// <param name="fullPath">A full, normalised path (as enumeration and <see cref="Path.GetFullPath(string)"/> give).</param>
    /// <param name="baseDirectory">The folder display paths are relative to.</param>
    public static string DisplayPath(string fullPath, string baseDirectory)
    {
        // A file inside the base folder, the usual case, is cut out of its path: Path.GetRelativePath
        // normalises both paths first, for each of ten thousand articles before the first is read.
        var root = Path.TrimEndingDirectorySeparator(baseDirectory);
        if (fullPath.Length > root.Length + 1 && fullPath[root.Length] == Path.DirectorySeparatorChar
            && fullPath.StartsWith(root, StringComparison.Ordinal) && Path.IsPathFullyQualified(root))
        {
            return ReportedPath.WithForwardSlashes(fullPath[(root.Length + 1)..]);
        }

        var relative = Path.GetRelativePath(baseDirectory, fullPath);
        return ReportedPath.WithForwardSlashes(Path.IsPathRooted(relative) ? fullPath : relative);
    }

    private static bool AddMatches(Dictionary<string, ArticleInput> found, PathGlob glob, string baseDirectory)
    {
        var root = Path.GetFullPath(glob.Root.Length == 0 ? "." : glob.Root, baseDirectory);
        var any = false;
        foreach (var file in Directory.Exists(root) ? ArticlesUnder(root) : [])
        {
            if (glob.Matches(ReportedPath.WithForwardSlashes(Path.GetRelativePath(root, file))))
            {
                Add(found, file, baseDirectory);
                any = true;
            }
        }

        return any;
    }

    /// <summary>
    /// Every article under a folder, by a walk of our own: folder links are not descended, nor are
    /// <see cref="IsToolFolder">tool folders</see>; what the <c>.gitignore</c> files of the repository
    /// and of the folders walked ignore is passed over (<see cref="GitIgnoreRules"/>); file
    /// links, broken and looping links are kept (reading them reports CON0002 under their path);
    /// a folder that cannot be listed is itself returned, so that it too reports CON0002.
    /// </summary>
    private static List<string> ArticlesUnder(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };
        var articles = new List<string>();
        var folders = new Stack<PendingFolder>();
        folders.Push(new PendingFolder(root, GitIgnoreRules.Above(root)));
        while (folders.Count > 0)
        {
            var (folder, outer) = folders.Pop();
            try
            {
                var ignore = outer.Entering(folder);
                foreach (var (path, isFolder) in new FileSystemEnumerable<FoundEntry>(folder, ToPathAndKind, options))
                {
                    if (isFolder)
                    {
                        if (!IsToolFolder(path) && !ignore.IsIgnored(path, isFolder: true))
                        {
                            folders.Push(new PendingFolder(path, ignore));
                        }
                    }
                    else if (IsArticle(path) && !ignore.IsIgnored(path, isFolder: false))
                    {
                        articles.Add(path);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                articles.Add(folder); // reading it as an article fails and names it: CON0002
            }
        }

        return articles;
    }

    /// <summary>
    /// Folders a walk never enters: build output, version control and package folders, which hold copies
    /// of text that are no one's articles (`check .` in a repository would otherwise read bin/ and .git/).
    /// A folder named on the command line is still checked: only the walk below it skips these.
    /// </summary>
    private static bool IsToolFolder(string path) => Path.GetFileName(path) is "bin" or "obj" or ".git" or "node_modules";

    /// <summary>A real folder to descend into, or anything else (file, link to a file or folder, broken link) to consider as a file.</summary>
    /// <remarks>
    /// The path is joined here: past PATH_MAX (a tree 450 folders deep) the entry's own ToFullPath gave
    /// an empty string, which crashed the next listing; a joined path fails that listing with an
    /// IOException, and the folder is then reported as CON0002 under its name.
    /// </remarks>
    private static FoundEntry ToPathAndKind(ref FileSystemEntry entry) =>
        new(Path.Join(entry.Directory, entry.FileName), entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) == 0);

    /// <summary>
    /// A class, not a tuple: the framework's enumerator is precompiled for reference types, while one
    /// over a struct is compiled at start-up (its largest single method, ~15 ms of a run's compiling).
    /// </summary>
    private sealed record FoundEntry(string Path, bool IsFolder);

    /// <summary>A folder still to list, with the ignore files of the folders above it (a class, as <see cref="FoundEntry"/> is).</summary>
    private sealed record PendingFolder(string Folder, GitIgnoreRules Outer);

    private static void Add(Dictionary<string, ArticleInput> found, string full, string baseDirectory)
    {
        var display = DisplayPath(full, baseDirectory);
        found[display] = ArticleInput.FromFile(display, full);
    }
}
