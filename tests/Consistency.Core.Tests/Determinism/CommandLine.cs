using Consistency.Testing;

namespace Consistency.Core.Tests.Determinism;

/// <summary>The built command line (this project references it so it is built first), in the configuration the tests were built in.</summary>
internal static class CommandLine
{
    public static string Find()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "src", "Consistency.Cli", "bin", configuration, "net10.0", "consistency.dll");
        File.Exists(dll).ShouldBeTrue($"build the command line first: {dll}");
        return dll;
    }
}
