using System.Globalization;
using System.Text;

namespace Consistency.Analysis.Configuration;

/// <summary>
/// Reads a configuration file (an .editorconfig, a suppression file, the file named by --config)
/// without trusting what the name points at: only a regular file is opened, and only up to a size
/// limit. A named pipe or a link to /dev/zero named <c>.editorconfig</c> above the articles would
/// otherwise block the run or fill memory; a binary file would be echoed to the terminal in an
/// error message. Each refusal is a <see cref="ConfigurationError"/> saying what the file is.
/// </summary>
internal static class ConfigurationFileReader
{
    /// <summary>An .editorconfig of a few hundred sections is a few KB; a megabyte is already no hand-written file.</summary>
    public const int EditorConfigLimit = 1024 * 1024;

    /// <summary>A suppression file holds one entry (about 150 bytes) per accepted finding: 16 MB is about a hundred thousand.</summary>
    public const int SuppressionFileLimit = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's bytes (a UTF-8 byte order mark removed), or why it cannot be used.</summary>
    public static byte[]? ReadBytes(string fullPath, string displayPath, int limit, out ConfigurationError? error)
    {
        error = null;
        var node = FileNodes.Of(fullPath);
        switch (node.Kind)
        {
            case FileNodeKind.Directory:
                error = new ConfigurationError(displayPath, 0, "is a folder, not a configuration file");
                return null;
            case FileNodeKind.Special:
                error = new ConfigurationError(displayPath, 0, $"is {node.Description}, not a regular file; configuration is read from regular files only");
                return null;
            case FileNodeKind.Regular when node.Size > limit:
                error = TooLarge(displayPath, limit);
                return null;
        }

        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            using var memory = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                memory.Write(chunk, 0, read);
                if (memory.Length > limit)
                {
                    // A file that grew past the limit since it was measured is refused, not read whole.
                    error = TooLarge(displayPath, limit);
                    return null;
                }
            }

            var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
            var bom = bytes.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            return bytes[bom..].ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = new ConfigurationError(displayPath, 0, $"cannot be read: {e.Message.Replace(fullPath, displayPath, StringComparison.Ordinal)}");
            return null;
        }
    }

    /// <summary>The file as text: strict UTF-8 with no NUL byte, else why it is not a text file.</summary>
    public static string? ReadText(string fullPath, string displayPath, int limit, out ConfigurationError? error)
    {
        var bytes = ReadBytes(fullPath, displayPath, limit, out error);
        if (bytes is null)
        {
            return null;
        }

        if (Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
        {
            error = new ConfigurationError(displayPath, 0, string.Create(CultureInfo.InvariantCulture, $"is not a text file (a NUL byte at byte {nul})"));
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            error = new ConfigurationError(displayPath, 0, string.Create(CultureInfo.InvariantCulture, $"is not valid UTF-8 (at byte {e.Index})"));
            return null;
        }
    }

    private static ConfigurationError TooLarge(string displayPath, int limit) =>
        new(displayPath, 0, string.Create(CultureInfo.InvariantCulture, $"is larger than {limit} bytes, the most a file of this kind may hold"));
}
