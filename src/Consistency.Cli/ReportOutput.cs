using System.Text;

namespace Consistency.Cli;

/// <summary>Writes a report to standard output or to the file named by --output (UTF-8, no BOM).</summary>
internal static class ReportOutput
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Where a report named by --output goes: relative to the working folder.</summary>
    public static string FullPath(string outputPath, CliHost host) => Path.GetFullPath(outputPath, host.WorkingDirectory);

    /// <returns>null when written, else why the file could not be.</returns>
    public static string? Write(Action<TextWriter> write, string? outputPath, CliHost host)
    {
        if (outputPath is null)
        {
            write(host.Out);
            return null;
        }

        try
        {
            var full = FullPath(outputPath, host);
            // Written a report at a time: a buffer as large as standard output's keeps writes few.
            using var writer = new StreamWriter(full, append: false, Utf8NoBom, bufferSize: 64 * 1024);
            write(writer);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return $"cannot write the report to {outputPath}: {e.Message}";
        }
    }
}
