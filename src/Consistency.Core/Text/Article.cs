using Microsoft.CodeAnalysis.Text;

namespace Consistency.Text;

/// <summary>
/// One source article: the path it is reported under and its decoded text.
/// Line and column are derived here and nowhere else, so every layer above speaks in spans.
/// </summary>
public sealed class Article
{
    private SourceText? _sourceText;
    private int[]? _lineStarts;

    public Article(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        Path = ReportedPath.WithForwardSlashes(path);
        Text = text;
    }

    /// <summary>The path diagnostics name: relative, with forward slashes.</summary>
    public string Path { get; }

    /// <summary>The article's text exactly as decoded (BOM removed, line endings untouched).</summary>
    public string Text { get; }

    /// <summary>Roslyn's text, for its exact line map over CR, LF, CRLF and Unicode line separators.</summary>
    public SourceText SourceText => _sourceText ??= SourceText.From(Text);

    /// <summary>1-based line and column of a span's start and end; columns count UTF-16 code units as compilers and SARIF do.</summary>
    /// <remarks>Lines break where <see cref="SourceText"/> breaks them; the table is built on the first finding, never for a clean article.</remarks>
    public LineSpan GetLineSpan(TextSpan span)
    {
        var starts = _lineStarts ??= LineStarts.Compute(Text);
        var (startLine, startColumn) = LineStarts.Locate(starts, span.Start);
        var (endLine, endColumn) = LineStarts.Locate(starts, span.End);
        return new LineSpan(startLine + 1, startColumn + 1, endLine + 1, endColumn + 1);
    }

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);
}
