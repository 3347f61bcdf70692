using Consistency.Testing;

namespace Consistency.Cli.Tests;

/// <summary>
/// Runs the command line in-process through its real entry point, with string writers for its
/// streams and a chosen working folder: every parse, option and exit code path, at unit-test speed.
/// </summary>
internal static class Cli
{
    /// <summary>
    /// The pack for articles no configuration claims, as a desk sets <c>CONSISTENCY_PACK</c>: the
    /// tests' throw-away desks hold Zapad-2025 articles and no <c>consistency_pack</c> line. A test of
    /// pack choice itself clears it (<c>h with { DefaultPack = null }</c>).
    /// </summary>
    public const string TestPack = "Zapad2025";

    public static CliRun Run(params string[] args) => RunIn(RepositoryPaths.Root, args);

    public static CliRun RunIn(string workingDirectory, params string[] args) => RunWith(h => h with { WorkingDirectory = workingDirectory }, args);

    /// <param name="configure">Adjusts the host (terminal flags, progress threshold) before the run.</param>
    /// <param name="args">The command line, as a shell would split it.</param>
    public static CliRun RunWith(Func<CliHost, CliHost> configure, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var host = configure(new CliHost(stdout, stderr, RepositoryPaths.Root) { DefaultPack = TestPack });
        var exit = ConsistencyApp.Run(args, host);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
