using System.Text;

namespace Consistency.Cli;

/// <summary>
/// Writes a report file all at once or not at all: into a temporary file in the target's own
/// folder, flushed to disk, then renamed over the target (rename is atomic within a file system).
/// Two runs writing the same file leave one complete report, never their lines interleaved; a run
/// killed or stopped by a full disk leaves no partial file. The path is passed to the system as
/// given, not normalised first: <c>s/../r.txt</c> is where the kernel says it is when <c>s</c> is a link.
/// </summary>
internal static class ReportFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Removes the previous report before a run analyses anything: a run that dies half-way then
    /// leaves no report, rather than the last run's looking as if it were this one's.
    /// </summary>
    /// <returns>null when there was nothing to remove or it was removed, else why it could not be.</returns>
    public static string? RemovePrevious(string target, string shownAs)
    {
        try
        {
            if (File.Exists(target) || new FileInfo(target).LinkTarget is not null)
            {
                File.Delete(target); // a link is removed, never the file it points to
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write the report to {shownAs}: {e.Message}";
        }
    }

    /// <returns>null when written, else why the file could not be.</returns>
    public static string? Write(string target, string shownAs, Action<TextWriter> write)
    {
        string? temporary = null;
        try
        {
            var folder = Path.GetDirectoryName(target) is { Length: > 0 } parent ? parent : ".";
            temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            {
                // Written a report at a time: a buffer as large as standard output's keeps writes few.
                using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 64 * 1024, leaveOpen: true);
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true); // on disk before the name points at it
            }

            if (Directory.Exists(target))
            {
                throw new IOException($"'{shownAs}' is a folder");
            }

            File.Move(temporary, target, overwrite: true);
            temporary = null;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // The message names the file the user asked for, not the temporary one beside it.
            var message = temporary is null ? e.Message : e.Message.Replace(temporary, shownAs, StringComparison.Ordinal);
            return $"cannot write the report to {shownAs}: {message}";
        }
        finally
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // the failure that brought us here is the one reported
        }
    }
}
