using System.Text;

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

    /// <summary>
    /// The process's console. Standard output gets a writer of its own with a 64 KB buffer, flushed
    /// by the caller at the end (<see cref="Flush"/>): the console's writer passes text on in blocks
    /// of 256 bytes, which cost a 10k-article report (2.9 MB) eleven thousand system calls at the end
    /// of the run.
    /// </summary>
    public static CliHost FromConsole()
    {
        var encoding = Console.OutputEncoding;
        var output = new StreamWriter(Console.OpenStandardOutput(), encoding.Preamble.Length == 0 ? encoding : new UTF8Encoding(false), 64 * 1024)
        {
            AutoFlush = false,
        };
        return new CliHost(output, Console.Error, Directory.GetCurrentDirectory())
        {
            OutSupportsColor = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
            ErrorIsTerminal = !Console.IsErrorRedirected,
        };
    }

    /// <summary>Writes out whatever the output streams still hold.</summary>
    public void Flush()
    {
        Out.Flush();
        Error.Flush();
    }
}
