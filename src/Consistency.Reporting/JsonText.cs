using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Consistency.Text;

namespace Consistency.Reporting;

/// <summary>
/// Writes JSON to a text writer the same way for every JSON report: indented by two spaces, LF
/// line endings on every OS, non-ASCII letters as themselves (reports are files, not HTML), and a
/// final newline.
/// </summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
    }

    /// <summary>
    /// Writes a large report in pieces: <paramref name="write"/> calls the action it is given after
    /// each entry, and once the JSON written so far passes a few tens of kilobytes it goes to the
    /// writer and the buffer starts again, so the whole document is never in memory. The bytes are
    /// those of <see cref="Write(TextWriter, Action{Utf8JsonWriter})"/>: a flush ends at a token, never inside a character.
    /// </summary>
    public static void Write(TextWriter writer, Action<Utf8JsonWriter, Action> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json, () =>
            {
                if (json.BytesPending + buffer.WrittenCount < SpillAt)
                {
                    return;
                }

                json.Flush();
                writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
                buffer.ResetWrittenCount();
            });
            json.Flush();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
    }

    /// <summary>How much JSON is gathered before it is handed to the writer.</summary>
    private const int SpillAt = 64 * 1024;

    /// <summary>A string property, or null when there is no value (the key is always written).</summary>
    public static void WriteOrNull(Utf8JsonWriter json, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Writes a start and end line and column (1-based, UTF-16 code units) under the name given.</summary>
    public static void WriteRegion(Utf8JsonWriter json, string name, LineSpan location)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", location.StartLine);
        json.WriteNumber("startColumn", location.StartColumn);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteNumber("endColumn", location.EndColumn);
        json.WriteEndObject();
    }
}
