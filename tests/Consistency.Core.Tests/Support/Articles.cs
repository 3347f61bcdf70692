using Consistency.Testing;

namespace Consistency.Core.Tests.Support;

/// <summary>The repository's real articles, as text, for tests that build hostile variants of them.</summary>
internal static class Articles
{
    public static IReadOnlyList<string> SeedFiles { get; } =
        Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();

    /// <summary>An article that is known to hold findings (the gate's snapshots prove it).</summary>
    public static string FirstSeedWithFindings()
    {
        foreach (var file in SeedFiles)
        {
            var text = File.ReadAllText(file);
            if (EngineRun.Text(text).Diagnostics.Count > 0)
            {
                return text;
            }
        }

        throw new InvalidOperationException("no seed article has a finding");
    }
}
