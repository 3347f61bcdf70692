using Microsoft.CodeAnalysis;

namespace Consistency.Analysis.Configuration;

/// <summary>One .editorconfig as Roslyn parsed it, whether it is a root file, and what is wrong with it.</summary>
internal sealed record EditorConfigFile(AnalyzerConfig Config, bool IsRoot, IReadOnlyList<ConfigurationError> Errors)
{
    public const string FileName = ".editorconfig";

    public static EditorConfigFile Read(string fullPath, string displayPath)
    {
        // A regular UTF-8 text file of at most 1 MB: never a pipe, a device or a binary dumped into an error message.
        var text = ConfigurationFileReader.ReadText(fullPath, displayPath, ConfigurationFileReader.EditorConfigLimit, out var unusable);
        if (text is null)
        {
            return new EditorConfigFile(AnalyzerConfig.Parse("", fullPath), false, [unusable!]);
        }

        return Parse(fullPath, displayPath, text);
    }

    /// <summary>A configuration file from its text (a host that already holds it).</summary>
    public static EditorConfigFile Parse(string fullPath, string displayPath, string text)
    {
        var (isRoot, errors) = EditorConfigLines.Check(displayPath, text);
        return new EditorConfigFile(AnalyzerConfig.Parse(text, fullPath), isRoot, errors);
    }
}
