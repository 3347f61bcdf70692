namespace Consistency.Analysis;

/// <summary>
/// An article to analyse: the path it is reported under, and either the file to read or its text
/// (for tests and in-memory hosts).
/// </summary>
public sealed record ArticleInput(string DisplayPath, string? FilePath, string? Text = null)
{
    public static ArticleInput FromFile(string displayPath, string filePath) => new(displayPath, filePath);

    public static ArticleInput FromText(string displayPath, string text) => new(displayPath, null, text);
}
