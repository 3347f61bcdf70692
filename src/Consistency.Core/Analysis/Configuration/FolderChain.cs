namespace Consistency.Analysis.Configuration;

/// <summary>The folders a configuration file is looked for in: an article's own folder, then each parent up to the file system root.</summary>
internal static class FolderChain
{
    public static IEnumerable<string> Upwards(string folder)
    {
        for (var dir = Path.GetFullPath(folder); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            yield return dir;
        }
    }
}
