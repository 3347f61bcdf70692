using Microsoft.CodeAnalysis;

namespace Consistency.Analysis.Configuration;

/// <summary>One .editorconfig as Roslyn parsed it, whether it is a root file, and what is wrong with it.</summary>
internal sealed record EditorConfigFile(AnalyzerConfig Config, bool IsRoot, IReadOnlyList<ConfigurationError> Errors)
{
    public const string FileName = ".editorconfig";

    public static EditorConfigFile Read(string fullPath, string displayPath)
    {
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var unreadable = new ConfigurationError(displayPath, 0, $"cannot be read: {e.Message}");
            return new EditorConfigFile(AnalyzerConfig.Parse("", fullPath), false, [unreadable]);
        }

        var (isRoot, errors) = EditorConfigLines.Check(displayPath, text);
        return new EditorConfigFile(AnalyzerConfig.Parse(text, fullPath), isRoot, errors);
    }
}
