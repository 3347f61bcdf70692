using System.Text;
using Consistency.Analysis;

namespace Consistency.Cli;

/// <summary>
/// Writes a report file all at once or not at all: into a temporary file in the destination's own
/// folder, flushed to disk, then renamed over it (rename is atomic within a file system). Two runs
/// writing the same file leave one complete report, never their lines interleaved; a run killed or
/// stopped by a full disk leaves no partial file.
/// </summary>
/// <remarks>
/// A link is written through, as a shell's <c>&gt;</c> does: the file it finally points to is
/// replaced and the link kept (<c>-o /dev/stdout</c> with standard output redirected to a file must
/// replace that file, never the link in /dev). A destination that is not a file to replace
/// (<c>/dev/stdout</c> on a pipe or terminal, <c>/dev/null</c>, a named pipe, process
/// substitution's <c>/dev/fd/63</c>) is written straight into and never removed. Paths are full
/// paths as <see cref="Path.GetFullPath(string)"/> makes them, the same the output guard compares.
/// </remarks>
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
            if (IsStream(target))
            {
                return null; // a pipe or a device holds no previous report, and is never replaced by a file
            }

            var file = FinalFile(target);
            if (File.Exists(file))
            {
                File.Delete(file);
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
        if (IsStream(target))
        {
            return WriteThrough(target, shownAs, write);
        }

        string? temporary = null;
        try
        {
            var file = FinalFile(target);
            if (Directory.Exists(file))
            {
                throw new IOException($"'{shownAs}' is a folder");
            }

            temporary = Path.Combine(Path.GetDirectoryName(file)!, $".{Path.GetFileName(file)}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            {
                // Written a report at a time: a buffer as large as standard output's keeps writes few.
                using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 64 * 1024, leaveOpen: true);
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true); // on disk before the name points at it
            }

            File.Move(temporary, file, overwrite: true);
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

    /// <summary>Whether the destination is a pipe, a device or a socket (links followed): written into, not replaced.</summary>
    private static bool IsStream(string target) => FileNodes.Of(target).Kind == FileNodeKind.Special;

    /// <summary>The file a path finally names: itself, or the end of its chain of links (which may not exist yet).</summary>
    private static string FinalFile(string target)
    {
        var info = new FileInfo(target);
        return info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
    }

    private static string? WriteThrough(string target, string shownAs, Action<TextWriter> write)
    {
        try
        {
            using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1);
            using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 64 * 1024);
            write(writer);
            writer.Flush();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return $"cannot write the report to {shownAs}: {e.Message}";
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
