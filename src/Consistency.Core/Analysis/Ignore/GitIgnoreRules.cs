namespace Consistency.Analysis.Ignore;

/// <summary>
/// The <c>.gitignore</c> files that apply in a folder of a walk: those of the repository's folders
/// above the folder walked (up to the one holding <c>.git</c>) and those of the folders walked
/// through, outermost first. A file deeper down overrides one above it, as in git. Immutable: each
/// folder of the walk carries its own.
/// </summary>
internal sealed class GitIgnoreRules
{
    private readonly GitIgnoreFile[] _files;

    private GitIgnoreRules(GitIgnoreFile[] files) => _files = files;

    public static GitIgnoreRules None { get; } = new([]);

    /// <summary>
    /// The files of the folders above <paramref name="root"/>, from the repository's top (the nearest
    /// folder above holding <c>.git</c>) down; none when the folder is in no repository.
    /// </summary>
    public static GitIgnoreRules Above(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (IsRepositoryTop(root))
        {
            return None; // a repository of its own, even inside another's folder
        }

        var above = new List<string>();
        for (var folder = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(root)); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            above.Add(folder);
            if (IsRepositoryTop(folder))
            {
                above.Reverse();
                var rules = None;
                foreach (var outer in above)
                {
                    rules = rules.Entering(outer);
                }

                return rules;
            }
        }

        return None;
    }

    /// <summary>A folder with <c>.git</c> in it (a folder, or a file in a worktree): the top of a repository.</summary>
    private static bool IsRepositoryTop(string folder) => Path.Exists(Path.Join(folder, ".git"));

    /// <summary>These rules, with the folder's own <c>.gitignore</c> added if it has one.</summary>
    public GitIgnoreRules Entering(string folder) =>
        GitIgnoreFile.In(folder) is { } file ? new GitIgnoreRules([.. _files, file]) : this;

    /// <summary>Whether the path is ignored: the deepest file with a pattern matching it decides.</summary>
    public bool IsIgnored(string fullPath, bool isFolder)
    {
        for (var i = _files.Length - 1; i >= 0; i--)
        {
            if (_files[i].Decide(fullPath, isFolder) is { } ignored)
            {
                return ignored;
            }
        }

        return false;
    }
}
