namespace Consistency.Testing;

/// <summary>Where the repository's folders are, found from the test assembly upwards (the folder holding Consistency.sln).</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Snapshots => Path.Combine(Root, "snapshots");

    public static string Corpus => Path.Combine(Root, "tests", "corpus");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Consistency.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Consistency.sln not found above " + AppContext.BaseDirectory);
    }
}
