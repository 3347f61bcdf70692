using System.Diagnostics;

namespace Consistency.Cli.Tests;

/// <summary>Runs a program to the end with every stream redirected and no input, and returns its exit code and output.</summary>
internal static class ExternalProcess
{
    public static CliRun Run(string program, IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Every consistency process a test starts checks unclaimed articles (its throw-away desks) with the Zapad-2025 pack, as Cli.TestPack.
        start.Environment["CONSISTENCY_PACK"] = Cli.TestPack;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout, stderr.Result);
    }
}
