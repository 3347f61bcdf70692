namespace Consistency.Cli;

/// <summary>
/// What the command line runs in: its output streams, its working folder, and whether each stream
/// is a terminal. Tests pass their own writers and flags, so every path through the command line
/// runs in-process with no console and no change of the process's current folder.
/// </summary>
internal sealed record CliHost(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>Output goes to a terminal that may be coloured (not redirected, NO_COLOR unset).</summary>
    public bool OutSupportsColor { get; init; }

    /// <summary>Standard error is a terminal, so a live progress display is welcome there.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>How many articles make a run long enough to show progress for.</summary>
    public int ProgressMinimumArticles { get; init; } = 200;

    public static CliHost FromConsole() => new(Console.Out, Console.Error, Directory.GetCurrentDirectory())
    {
        OutSupportsColor = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        ErrorIsTerminal = !Console.IsErrorRedirected,
    };
}
