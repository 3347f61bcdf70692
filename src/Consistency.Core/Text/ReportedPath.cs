namespace Consistency.Text;

/// <summary>
/// Paths as reports write them: forward slashes between folders on every OS. Only the system's own
/// separator is turned into '/': on Linux and macOS a backslash is an ordinary character of a file
/// name (<c>back\slash.txt</c> is one file, not <c>back/slash.txt</c>), so it stays.
/// </summary>
public static class ReportedPath
{
    public static string WithForwardSlashes(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// Whether a relative path (as <see cref="Path.GetRelativePath"/> gives) leaves its folder:
    /// <c>..</c> or <c>../x</c>, or a path on another root. A name that merely starts with two dots
    /// (<c>..x.txt</c>) stays inside.
    /// </summary>
    public static bool LeavesFolder(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return relativePath == ".."
            || relativePath.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || relativePath.StartsWith("../", StringComparison.Ordinal)
            || Path.IsPathRooted(relativePath);
    }
}
