using System.Text;

namespace Consistency.Cli;

/// <summary>
/// What the command line runs in: its output streams, its working folder, and whether each stream
/// is a terminal. Tests pass their own writers and flags, so every path through the command line
/// runs in-process with no console and no change of the process's current folder.
/// </summary>
internal sealed record CliHost(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>Output goes to a terminal that may be coloured (<see cref="ColorWanted"/>).</summary>
    public bool OutSupportsColor { get; init; }

    /// <summary>Standard error is a terminal, so a live progress display is welcome there.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>
    /// The pack for articles no configuration claims: the <c>CONSISTENCY_PACK</c> environment variable
    /// (a generated corpus, a benchmark's folder), or null. <c>--pack</c> and configuration win over it.
    /// </summary>
    public string? DefaultPack { get; init; }

    /// <summary>How many articles make a run long enough to show progress for.</summary>
    public int ProgressMinimumArticles { get; init; } = 200;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The process's console. Standard output gets a writer of its own with a 64 KB buffer, flushed
    /// by the caller at the end (<see cref="Flush"/>): the console's writer passes text on in blocks
    /// of 256 bytes, which cost a 10k-article report (2.9 MB) eleven thousand system calls at the end
    /// of the run. Both streams are UTF-8 whatever the locale: a report is the same bytes everywhere
    /// (under an ISO-8859-1 locale the console's own encoding turned curly quotes into '"' and 'İ'
    /// into 'I'). A write to standard output that fails (a full disk) throws
    /// <see cref="ReportWriteException"/>, which the command line reports with exit code 2.
    /// </summary>
    public static CliHost FromConsole()
    {
        var output = new StreamWriter(new DestinationStream(Console.OpenStandardOutput(), "standard output"), Utf8NoBom, 64 * 1024)
        {
            AutoFlush = false,
        };
        var error = new StreamWriter(Console.OpenStandardError(), Utf8NoBom) { AutoFlush = true };
        return new CliHost(output, error, Directory.GetCurrentDirectory())
        {
            OutSupportsColor = ColorWanted(Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM")),
            ErrorIsTerminal = !Console.IsErrorRedirected,
            DefaultPack = Environment.GetEnvironmentVariable(PackSelection.EnvironmentVariable) is { Length: > 0 } pack ? pack : null,
        };
    }

    /// <summary>
    /// Whether standard output may be coloured: a terminal (not redirected), <c>NO_COLOR</c> unset or empty
    /// (no-color.org), and a terminal that understands colour (<c>TERM=dumb</c> is one that does not).
    /// </summary>
    public static bool ColorWanted(bool outputRedirected, string? noColor, string? term) =>
        !outputRedirected && string.IsNullOrEmpty(noColor) && !string.Equals(term, "dumb", StringComparison.Ordinal);

    /// <summary>Writes out whatever the output streams still hold.</summary>
    public void Flush()
    {
        Out.Flush();
        Error.Flush();
    }
}
