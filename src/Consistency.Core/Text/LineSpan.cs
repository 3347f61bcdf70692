namespace Consistency.Text;

/// <summary>A 1-based start and end position in an article (end column is one past the last character).</summary>
public readonly record struct LineSpan(int StartLine, int StartColumn, int EndLine, int EndColumn);
