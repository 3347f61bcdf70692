using System.Text;
using System.Text.Json;
using Consistency.Analysis.Configuration;
using Consistency.Text;
using Microsoft.CodeAnalysis.Text;

namespace Consistency.Analysis.Suppressions;

/// <summary>
/// Reads <c>consistency.suppressions.json</c>: a committed, reviewed list of accepted findings.
/// Article paths are relative to the file's folder and may not leave it. A file that cannot be
/// used as written (bad JSON, a missing field, an unknown property) is a configuration error; an
/// entry without a justification is read, and reported as CON0004 instead of being applied.
/// </summary>
internal static class SuppressionFile
{
    public const string FileName = "consistency.suppressions.json";
    public const int Version = 1;

    private static readonly string[] KnownProperties = ["article", "rule", "words", "occurrence", "justification"];

    private static readonly string[] KnownTopLevelProperties = ["version", "suppressions"];

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static (IReadOnlyList<SuppressionEntry> Entries, IReadOnlyList<ConfigurationError> Errors) Read(string fullPath, string displayPath)
    {
        // A regular file of at most 16 MB, its byte order mark removed.
        var json = ConfigurationFileReader.ReadBytes(fullPath, displayPath, ConfigurationFileReader.SuppressionFileLimit, out var unusable);
        if (json is null)
        {
            return ([], [unusable!]);
        }

        var text = new Article(displayPath, Encoding.UTF8.GetString(json));
        var errors = new List<ConfigurationError>();
        try
        {
            var spans = EntrySpans(json);
            using var document = JsonDocument.Parse(json, Options);
            var entries = ReadEntries(document.RootElement, spans, json, text, Path.GetDirectoryName(fullPath)!, errors);
            return (errors.Count == 0 ? entries : [], errors);
        }
        catch (JsonException e)
        {
            return ([], [new ConfigurationError(displayPath, (int)(e.LineNumber ?? -1) + 1, $"is not valid JSON: {FirstSentence(e.Message)}")]);
        }
    }

    private static List<SuppressionEntry> ReadEntries(
        JsonElement root, List<(int Start, int End)> spans, byte[] json, Article text, string folder, List<ConfigurationError> errors)
    {
        var entries = new List<SuppressionEntry>();
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("suppressions", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new ConfigurationError(text.Path, 1, "must be an object with a \"suppressions\" array"));
            return entries;
        }

        // A string "1" is not the number 1: TryGetInt32 would throw on it, so the kind is checked first.
        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != Version)
        {
            errors.Add(new ConfigurationError(text.Path, 1, $"must say \"version\": {Version} (a number)"));
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!KnownTopLevelProperties.Contains(property.Name, StringComparer.Ordinal))
            {
                errors.Add(new ConfigurationError(text.Path, 1, $"unknown property \"{property.Name}\"; a suppression file has {string.Join(" and ", KnownTopLevelProperties)}"));
            }
        }

        // Character offsets counted on from the previous entry, not from the file's start for each
        // (80k entries took 39 s when each was recounted from the start).
        var (bytesCounted, charsCounted) = (0, 0);
        int CharOffset(int byteOffset)
        {
            charsCounted += Encoding.UTF8.GetCharCount(json, bytesCounted, byteOffset - bytesCounted);
            bytesCounted = byteOffset;
            return charsCounted;
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var (start, end) = index < spans.Count ? spans[index] : (bytesCounted, bytesCounted);
            index++;
            var startChar = CharOffset(start);
            var span = TextSpan.FromBounds(startChar, CharOffset(end));
            var location = text.GetLineSpan(span);
            var entry = ReadEntry(item, text.Path, location.StartLine, folder, errors);
            if (entry is { } e)
            {
                entries.Add(new SuppressionEntry(text.Path, span, location, e.FullPath, e.Article, e.Rule, e.Words, e.Occurrence, e.Justification));
            }
        }

        return entries;
    }

    private static (string FullPath, string Article, string Rule, string Words, int Occurrence, string? Justification)? ReadEntry(
        JsonElement item, string file, int line, string folder, List<ConfigurationError> errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ConfigurationError(file, line, "each suppression must be an object"));
            return null;
        }

        var before = errors.Count;
        foreach (var property in item.EnumerateObject().Where(p => !KnownProperties.Contains(p.Name, StringComparer.Ordinal)))
        {
            errors.Add(new ConfigurationError(file, line, $"unknown property \"{property.Name}\"; a suppression has {string.Join(", ", KnownProperties)}"));
        }

        var article = RequiredString(item, "article", file, line, errors);
        var rule = RequiredString(item, "rule", file, line, errors);
        var words = RequiredString(item, "words", file, line, errors);
        var occurrence = 1;
        if (item.TryGetProperty("occurrence", out var o) && (o.ValueKind != JsonValueKind.Number || !o.TryGetInt32(out occurrence) || occurrence < 1))
        {
            errors.Add(new ConfigurationError(file, line, "\"occurrence\" must be a whole number from 1"));
        }

        var justification = item.TryGetProperty("justification", out var j) && j.ValueKind == JsonValueKind.String ? j.GetString() : null;
        if (article is not null && article.Contains('\0', StringComparison.Ordinal))
        {
            errors.Add(new ConfigurationError(file, line, "\"article\" holds a NUL character, which no file name can"));
            return null;
        }

        var fullPath = article is null ? "" : Path.GetFullPath(article, folder);
        if (article is not null && ReportedPath.LeavesFolder(Path.GetRelativePath(folder, fullPath)))
        {
            errors.Add(new ConfigurationError(file, line, $"\"article\": \"{article}\" is outside the folder of this file; put the suppression next to the article"));
        }

        return errors.Count > before ? null : (fullPath, ReportedPath.WithForwardSlashes(article!), rule!, words!, occurrence, justification);
    }

    private static string? RequiredString(JsonElement item, string name, string file, int line, List<ConfigurationError> errors)
    {
        if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(value.GetString()))
        {
            return value.GetString();
        }

        errors.Add(new ConfigurationError(file, line, $"a suppression needs \"{name}\" (a non-empty string)"));
        return null;
    }

    /// <summary>Byte ranges of the objects in the top-level "suppressions" array, for reporting each at its own line.</summary>
    private static List<(int Start, int End)> EntrySpans(byte[] json)
    {
        var spans = new List<(int, int)>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var inList = false;
        var start = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    inList = reader.ValueTextEquals("suppressions");
                    break;
                case JsonTokenType.StartObject when inList && reader.CurrentDepth == 2:
                    start = (int)reader.TokenStartIndex;
                    break;
                case JsonTokenType.EndObject when inList && reader.CurrentDepth == 2:
                    spans.Add((start, (int)reader.BytesConsumed));
                    break;
                default:
                    // Anything but an object as an item (an error reported later) still takes its place in the order.
                    if (inList && reader.CurrentDepth == 2 && reader.TokenType is not JsonTokenType.EndArray and not JsonTokenType.PropertyName)
                    {
                        spans.Add(((int)reader.TokenStartIndex, (int)reader.BytesConsumed));
                    }

                    break;
            }
        }

        return spans;
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot < 0 ? message : message[..(dot + 1)];
    }
}
