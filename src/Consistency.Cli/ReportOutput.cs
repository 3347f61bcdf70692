namespace Consistency.Cli;

/// <summary>Writes a report to standard output or, atomically, to the file named by --output (UTF-8, no BOM).</summary>
internal static class ReportOutput
{
    /// <summary>
    /// Where a report named by --output goes: joined to the working folder but not normalised, so
    /// the system resolves <c>..</c> after any link, as it does when the file is written.
    /// </summary>
    public static string Target(string outputPath, CliHost host) => Path.Combine(host.WorkingDirectory, outputPath);

    /// <returns>null when written, else why the file could not be.</returns>
    public static string? Write(Action<TextWriter> write, string? outputPath, CliHost host)
    {
        if (outputPath is null)
        {
            write(host.Out);
            return null;
        }

        return ReportFile.Write(Target(outputPath, host), outputPath, write);
    }
}
