namespace Consistency.Cli.Tests;

/// <summary>What one run of the command line gave: its exit code and everything it wrote to each stream.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
