namespace Consistency.Cli.Tests;

/// <summary>
/// Runs the built command line as a real process (<c>dotnet consistency.dll …</c>) with every
/// stream redirected, for the few checks in-process runs cannot make: the real console, the real
/// Program entry point.
/// </summary>
internal static class ConsistencyProcess
{
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "consistency.dll");

    public static CliRun Run(string workingDirectory, params string[] args) =>
        ExternalProcess.Run("dotnet", [Assembly, .. args], workingDirectory);

    /// <summary>As <see cref="Run(string, string[])"/>, with these environment variables set for the process.</summary>
    public static CliRun RunWith(IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] args) =>
        ExternalProcess.Run("dotnet", [Assembly, .. args], workingDirectory, environment);
}
