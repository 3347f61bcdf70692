using System.Diagnostics;

namespace Consistency.Cli.Tests;

/// <summary>
/// Runs the built command line as a real process (<c>dotnet consistency.dll …</c>) with every
/// stream redirected, for the few checks in-process runs cannot make: the real console, the real
/// Program entry point.
/// </summary>
internal static class ConsistencyProcess
{
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "consistency.dll");

    public static CliRun Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout, stderr.Result);
    }
}
