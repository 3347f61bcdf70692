namespace Consistency.Reporting;

/// <summary>The report formats by the names users type (<c>--format</c>), each with the formatter that writes it.</summary>
public static class ReportFormats
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Sarif = "sarif";
    public const string Markdown = "markdown";
    public const string GitHub = "github";
    public const string Html = "html";

    public static IReadOnlyList<string> Names { get; } = [Text, Json, Sarif, Markdown, GitHub, Html];

    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="tool">What machine-readable formats say produced them.</param>
    /// <param name="color">Colour the text format's severities (a terminal only).</param>
    /// <param name="texts">The articles' texts, for the HTML page that shows them (none by default).</param>
    public static IReportFormatter Create(string name, ToolInfo tool, bool color, ArticleTexts? texts = null) => name switch
    {
        Text => new MsBuildTextFormatter(color),
        Json => new JsonReportFormatter(tool),
        Sarif => new SarifFormatter(tool),
        Markdown => new MarkdownFormatter(),
        GitHub => new GitHubAnnotationsFormatter(),
        Html => new HtmlReportFormatter(tool, texts ?? ArticleTexts.None),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"unknown format; use one of {string.Join(", ", Names)}"),
    };
}
