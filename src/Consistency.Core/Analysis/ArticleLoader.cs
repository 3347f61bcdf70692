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

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ArticleLoadResult Load(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Text is not null)
        {
            return ArticleLoadResult.Loaded(new Article(input.DisplayPath, input.Text));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(input.FilePath!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ArticleLoadResult.Failed(EngineDiagnostics.Unreadable, $"{e.GetType().Name}: {e.Message}");
        }

        return Decode(input.DisplayPath, bytes);
    }

    public static ArticleLoadResult Decode(string displayPath, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var (encoding, bomLength) = DetectBom(bytes);
        if (encoding is null && LooksBinary(bytes))
        {
            return ArticleLoadResult.Failed(EngineDiagnostics.NotText, "the file holds NUL bytes: it looks binary");
        }

        try
        {
            var text = (encoding ?? StrictUtf8).GetString(bytes, bomLength, bytes.Length - bomLength);
            return ArticleLoadResult.Loaded(new Article(displayPath, text));
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at byte {e.Index + bomLength}" : "";
            return ArticleLoadResult.Failed(EngineDiagnostics.NotText, $"invalid {(encoding ?? StrictUtf8).WebName.ToUpperInvariant()}{at}");
        }
    }

    private static (Encoding? Encoding, int BomLength) DetectBom(byte[] b)
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

    private static bool LooksBinary(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeBytes)).Contains((byte)0);
}
