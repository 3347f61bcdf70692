namespace Consistency.Analysis.Ignore;

/// <summary>The patterns of one <c>.gitignore</c> file and the folder it speaks for.</summary>
internal sealed class GitIgnoreFile
{
    public const string FileName = ".gitignore";

    private readonly GitIgnorePattern[] _patterns;

    public GitIgnoreFile(string folder, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(lines);
        Folder = Path.TrimEndingDirectorySeparator(folder);
        var patterns = new List<GitIgnorePattern>();
        foreach (var line in lines)
        {
            if (GitIgnorePattern.Parse(line) is { } pattern)
            {
                patterns.Add(pattern);
            }
        }

        _patterns = [.. patterns];
    }

    /// <summary>The full path of the folder holding the file: its patterns match paths below it.</summary>
    public string Folder { get; }

    /// <summary>
    /// The file in a folder, or null when there is none. One that cannot be read is passed over, as
    /// git passes over it: a walk does not fail for want of a list of what to skip.
    /// </summary>
    public static GitIgnoreFile? In(string folder)
    {
        var path = Path.Join(folder, FileName);
        try
        {
            return File.Exists(path) ? new GitIgnoreFile(folder, File.ReadAllLines(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// What this file says of a path below its folder: true ignored, false re-included by a
    /// <c>!</c> pattern, null when no pattern matches. The last matching pattern decides.
    /// </summary>
    public bool? Decide(string fullPath, bool isFolder)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        if (fullPath.Length <= Folder.Length + 1 || !fullPath.StartsWith(Folder, StringComparison.Ordinal)
            || !IsSeparator(fullPath[Folder.Length]))
        {
            return null;
        }

        var relative = fullPath[(Folder.Length + 1)..].Replace('\\', '/');
        for (var i = _patterns.Length - 1; i >= 0; i--)
        {
            if (_patterns[i].Matches(relative, isFolder))
            {
                return !_patterns[i].Negated;
            }
        }

        return null;
    }

    private static bool IsSeparator(char c) => c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;
}
