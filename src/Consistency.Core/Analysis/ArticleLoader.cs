using System.Buffers;
using System.Text;
using Consistency.Text;

namespace Consistency.Analysis;

/// <summary>
/// Reads an article file into text. Detects the encoding from its byte order mark (UTF-8, UTF-16
/// LE/BE, UTF-32), otherwise requires valid UTF-8; refuses binary files. Every failure becomes a
/// reason naming what is wrong, never an exception that would stop the other articles.
/// </summary>
public static class ArticleLoader
{
    private const int BinaryProbeBytes = 8192;

    /// <summary>Larger files are refused, not read: a string holds at most about a billion characters, and no article is a gigabyte.</summary>
    public const long MaxArticleBytes = 512L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ArticleLoadResult Load(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Text is not null)
        {
            return ArticleLoadResult.Loaded(new Article(input.DisplayPath, input.Text));
        }

        var path = input.FilePath!;
        byte[]? rented = null;
        try
        {
            // Looked at before opening: a named pipe would block until a writer came, /dev/zero would never
            // end. Neither is an article, and neither passes silently as an empty one.
            var node = FileNodes.Of(path);
            if (node.Kind == FileNodeKind.Special)
            {
                return ArticleLoadResult.Failed(EngineDiagnostics.Unreadable, $"it is {node.Description}, not a regular file; only regular files are read");
            }

            var length = node.Kind == FileNodeKind.Regular ? node.Size : TargetLength(path);
            if (length == 0)
            {
                return Decode(input.DisplayPath, []);
            }

            if (length > MaxArticleBytes)
            {
                return ArticleLoadResult.Failed(EngineDiagnostics.Unreadable, $"the file is {length} bytes; articles are at most {MaxArticleBytes} bytes");
            }

            rented = ArrayPool<byte>.Shared.Rent((int)length);
            var read = ReadAll(path, rented.AsSpan(0, (int)length));
            return Decode(input.DisplayPath, rented.AsSpan(0, read));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ArticleLoadResult.Failed(EngineDiagnostics.Unreadable, Reason(e, path, input.DisplayPath));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The length of the file, or of the file a link finally points to (a broken or looping link throws, and is reported).</summary>
    private static long TargetLength(string path)
    {
        var info = new FileInfo(path);
        return (info.Attributes & FileAttributes.ReparsePoint) == 0 ? info.Length : ((FileInfo)info.ResolveLinkTarget(returnFinalTarget: true)!).Length;
    }

    /// <summary>
    /// Reads the file into the buffer, sized to the length it was measured at: one read for nearly
    /// every article (a larger buffer cost a second read, to find the end, per file). A file that
    /// grows meanwhile is read as long as it was measured; one that shrinks, up to its new end.
    /// </summary>
    private static int ReadAll(string path, Span<byte> buffer)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer[total..], total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>The exception's type and message, naming the article by its reported path, not the machine's absolute one.</summary>
    private static string Reason(Exception e, string fullPath, string displayPath) =>
        $"{e.GetType().Name}: {e.Message.Replace(fullPath, displayPath, StringComparison.Ordinal)}";

    public static ArticleLoadResult Decode(string displayPath, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return Decode(displayPath, bytes.AsSpan());
    }

    public static ArticleLoadResult Decode(string displayPath, ReadOnlySpan<byte> bytes)
    {
        var (encoding, bomLength) = DetectBom(bytes);
        if (encoding is null && LooksBinary(bytes))
        {
            return ArticleLoadResult.Failed(EngineDiagnostics.NotText, "the file holds NUL bytes: it looks binary");
        }

        try
        {
            var text = (encoding ?? StrictUtf8).GetString(bytes[bomLength..]);
            return ArticleLoadResult.Loaded(new Article(displayPath, text));
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at byte {e.Index + bomLength}" : "";
            return ArticleLoadResult.Failed(EngineDiagnostics.NotText, $"invalid {(encoding ?? StrictUtf8).WebName.ToUpperInvariant()}{at}");
        }
    }

    private static (Encoding? Encoding, int BomLength) DetectBom(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return (StrictUtf8, 3);
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (null, 0);
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, BinaryProbeBytes)].Contains((byte)0);
}
