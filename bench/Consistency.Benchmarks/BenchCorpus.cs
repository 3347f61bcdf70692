namespace Consistency.Benchmarks;

/// <summary>
/// The articles benchmarks run over: the files of CONSISTENCY_BENCH_CORPUS (for instance the
/// 1k corpus made by ../shared/bench/make-corpus.sh), else the repository's seed articles.
/// Loaded once, so the measured work is the engine's, not the disk's.
/// </summary>
internal static class BenchCorpus
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("CONSISTENCY_BENCH_CORPUS") is { Length: > 0 } folder
        ? folder
        : FindSeeds();

    public static IReadOnlyList<(string Path, byte[] Bytes)> Files { get; } = Directory
        .EnumerateFiles(Folder, "*.txt", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => (Path.GetRelativePath(Folder, f), File.ReadAllBytes(f)))
        .ToArray();

    public static long Bytes { get; } = Files.Sum(f => (long)f.Bytes.Length);

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Consistency.sln")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new DirectoryNotFoundException("set CONSISTENCY_BENCH_CORPUS to a folder of articles");
    }
}
