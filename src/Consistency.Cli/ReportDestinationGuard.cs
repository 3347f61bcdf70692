using Consistency.Analysis;
using Consistency.Text;

namespace Consistency.Cli;

/// <summary>
/// Keeps --output from overwriting an article. Files are compared by identity (device and inode,
/// links followed), not by spelling: <c>a.txt</c>, <c>./s/../a.txt</c>, a link and a hard link to
/// <c>a.txt</c> are one file. A run whose report would replace an article it names (as a file, or through a
/// glob, or by any other path to the same file) is refused before anything is written. The one
/// file let through is the report of an earlier run, found while scanning a folder and recognised
/// by the marks its format leaves (<see cref="EarlierReport"/>): it is left out of the articles
/// and replaced, as README promises. A file without those marks is an article.
/// </summary>
internal static class ReportDestinationGuard
{
    /// <returns>The articles to check (an earlier report found in a scanned folder left out), or null and <paramref name="refusal"/> saying why the run is refused.</returns>
    public static IReadOnlyList<ArticleInput>? Check(
        IReadOnlyList<ArticleInput> inputs, IReadOnlyList<string> namedPaths, string outputPath, CliHost host, out string? refusal)
    {
        refusal = null;
        var target = ReportOutput.Target(outputPath, host);
        var output = FileNodes.Of(target);
        if (output.Kind != FileNodeKind.Regular)
        {
            return inputs; // nothing there yet (or a folder, refused when written): no article can be it
        }

        var kept = new List<ArticleInput>(inputs.Count);
        foreach (var input in inputs)
        {
            if (input.FilePath is null || !IsSameFile(output, target, input.FilePath))
            {
                kept.Add(input);
            }
            else if (!IsNamed(input.FilePath, namedPaths, host) && EarlierReport.Recognizes(input.FilePath))
            {
                // an earlier run's report in a scanned folder: replaced, not checked
            }
            else
            {
                refusal = $"--output {outputPath} is the article {input.DisplayPath}; a report never replaces an article (name another file)";
                return null;
            }
        }

        return kept;
    }

    private static bool IsSameFile(FileNode output, string target, string article)
    {
        var node = FileNodes.Of(article);
        return output.HasIdentity && node.HasIdentity
            ? output.Device == node.Device && output.Inode == node.Inode
            : FileNodes.AreSameFile(target, article);
    }

    /// <summary>Whether the user named this file as an article: as a path argument, or through a glob that matches it.</summary>
    private static bool IsNamed(string fullPath, IReadOnlyList<string> namedPaths, CliHost host)
    {
        foreach (var named in namedPaths)
        {
            if (string.Equals(Path.GetFullPath(named, host.WorkingDirectory), fullPath, StringComparison.Ordinal))
            {
                return true;
            }

            if (PathGlob.IsGlob(named) && PathGlob.TryParse(named, out var glob, out _))
            {
                var root = Path.GetFullPath(glob!.Root.Length == 0 ? "." : glob.Root, host.WorkingDirectory);
                var relative = Path.GetRelativePath(root, fullPath);
                if (!ReportedPath.LeavesFolder(relative) && glob.Matches(ReportedPath.WithForwardSlashes(relative)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
