using System.Text.RegularExpressions;
using Consistency.Rules;

namespace Consistency.Analysis.Configuration;

/// <summary>
/// Checks an .editorconfig line by line before Roslyn reads it. Roslyn's parser skips a line it
/// cannot read and an unknown severity without a word, so a typo would silently leave a rule on;
/// here each becomes a <see cref="ConfigurationError"/> naming the file and line. Also reads
/// <c>root = true</c> from the preamble, which tells the upward search to stop.
/// </summary>
internal static partial class EditorConfigLines
{
    private const string SeverityPrefix = "dotnet_diagnostic.";
    private const string SeveritySuffix = ".severity";

    public static (bool IsRoot, IReadOnlyList<ConfigurationError> Errors) Check(string displayPath, string text)
    {
        var errors = new List<ConfigurationError>();
        var isRoot = false;
        var inPreamble = true;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = StripComment(lines[i].TrimEnd('\r')).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                inPreamble = false;
                if (!line.EndsWith(']') || line.Length < 3)
                {
                    errors.Add(new ConfigurationError(displayPath, i + 1, $"section header '{line}' is not closed with ']'"));
                }

                continue;
            }

            var property = Property().Match(line);
            if (!property.Success)
            {
                errors.Add(new ConfigurationError(displayPath, i + 1, $"'{line}' is neither a [section] nor a 'key = value' line"));
                continue;
            }

            var key = property.Groups["key"].Value;
            var value = property.Groups["value"].Value.Trim();
            if (inPreamble && key.Equals("root", StringComparison.OrdinalIgnoreCase))
            {
                isRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }

            if (IsSeverityKey(key) && !IsSeverityWord(value))
            {
                errors.Add(new ConfigurationError(displayPath, i + 1,
                    $"'{value}' is not a severity for {key}; use none, silent, suggestion, warning, error or default"));
            }
        }

        return (isRoot, errors);
    }

    private static bool IsSeverityKey(string key) =>
        key.StartsWith(SeverityPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(SeveritySuffix, StringComparison.OrdinalIgnoreCase);

    private static bool IsSeverityWord(string value) =>
        value.Equals("default", StringComparison.OrdinalIgnoreCase) || SeverityNames.TryParseConfigWord(value, out _);

    /// <summary>As in the editorconfig spec, '#' and ';' start a comment only at the start of a line or after whitespace.</summary>
    private static string StripComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if ((line[i] == '#' || line[i] == ';') && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }

    [GeneratedRegex(@"^(?<key>[\w.\-]+)\s*[=:]\s*(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Property();
}
