namespace Consistency.Reporting.Matrix;

/// <summary>The formats <c>consistency matrix</c> writes.</summary>
public static class MatrixFormats
{
    public static IReadOnlyList<string> Names { get; } = [ReportFormats.Text, ReportFormats.Markdown, ReportFormats.Json];

    public static IMatrixFormatter Create(string name, ToolInfo tool) => name switch
    {
        ReportFormats.Text => new MatrixTextFormatter(),
        ReportFormats.Markdown => new MatrixMarkdownFormatter(),
        ReportFormats.Json => new MatrixJsonFormatter(tool),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"unknown format; use one of {string.Join(", ", Names)}"),
    };
}
