namespace Consistency.Cli;

/// <summary>Writes a report to standard output or, atomically, to the file named by --output (UTF-8, no BOM).</summary>
internal static class ReportOutput
{
    /// <summary>
    /// Where a report named by --output goes: a full path relative to the working folder, made as
    /// .NET's file functions make it (<c>s/../r.txt</c> is <c>r.txt</c> whatever <c>s</c> is), so the
    /// output guard compares the very file that is written.
    /// </summary>
    public static string Target(string outputPath, CliHost host) => Path.GetFullPath(outputPath, host.WorkingDirectory);

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
