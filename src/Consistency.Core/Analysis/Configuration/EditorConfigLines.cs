using System.Text.RegularExpressions;

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

    /// <summary>
    /// Roslyn turns every section into a pattern and tries each against every article: 16k sections
    /// (a 1 MB file) took 5 s for one article, and 1,000 sections 15 ms for each article (two and a
    /// half minutes of CPU for 10k articles). A hand-written file has tens (the C# compiler's own
    /// repository about 25); 200 keep a 10k-article run within seconds.
    /// </summary>
    public const int MaxSections = 200;

    public static (bool IsRoot, IReadOnlyList<ConfigurationError> Errors) Check(string displayPath, string text)
    {
        var errors = new List<ConfigurationError>();
        var isRoot = false;
        var inPreamble = true;
        var sections = 0;
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
                if (++sections > MaxSections)
                {
                    errors.Add(new ConfigurationError(displayPath, i + 1, $"more than {MaxSections} sections; a configuration file may have at most {MaxSections}"));
                    break;
                }

                if (!line.EndsWith(']') || line.Length < 3)
                {
                    errors.Add(new ConfigurationError(displayPath, i + 1, $"section header '{Shown(line)}' is not closed with ']'"));
                }

                continue;
            }

            var property = Property().Match(line);
            if (!property.Success)
            {
                errors.Add(new ConfigurationError(displayPath, i + 1, $"'{Shown(line)}' is neither a [section] nor a 'key = value' line"));
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
                var hint = value.ToLowerInvariant() switch
                {
                    "info" => " ('info' is written 'suggestion' here)",
                    "hidden" => " ('hidden' is written 'silent' here)",
                    _ => "",
                };
                errors.Add(new ConfigurationError(displayPath, i + 1,
                    $"'{Shown(value)}' is not a severity for {Shown(key)}; use none, silent, suggestion, warning, error or default{hint}"));
            }
        }

        return (isRoot, errors);
    }

    private static bool IsSeverityKey(string key) =>
        key.StartsWith(SeverityPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(SeveritySuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Exactly the words Roslyn's <c>AnalyzerConfigSet</c> reads. 'info' and 'hidden' (which the command
    /// line's --min-severity takes) are not among them: Roslyn would skip them and leave the rule at its
    /// default, so here they are errors rather than settings accepted and then ignored.
    /// </summary>
    private static bool IsSeverityWord(string value) =>
        value.ToLowerInvariant() is "none" or "silent" or "suggestion" or "warning" or "error" or "default";

    /// <summary>A line as quoted in a message: control characters shown as '?', and at most 80 characters, so a message never carries raw bytes to the terminal.</summary>
    private static string Shown(string text)
    {
        const int Longest = 80;
        var shown = string.Create(Math.Min(text.Length, Longest), text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
        return text.Length > Longest ? shown + "…" : shown;
    }

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
