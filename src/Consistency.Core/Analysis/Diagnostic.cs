using Consistency.Rules;
using Consistency.Text;
using Microsoft.CodeAnalysis.Text;

namespace Consistency.Analysis;

/// <summary>
/// A finding placed in its article: rule, effective severity, message, path, span, 1-based line
/// and column, and the sentence it concerns (the excerpt reviewers read in snapshots).
/// </summary>
public sealed record Diagnostic(
    RuleDescriptor Descriptor,
    Severity Severity,
    string Message,
    string Path,
    TextSpan Span,
    LineSpan Location,
    string? Excerpt,
    TextSpan ExcerptSpan)
{
    public string Id => Descriptor.Id;

    /// <summary>Output order: path, then position, then rule ID and message (ordinal, culture-free).</summary>
    public static readonly IComparer<Diagnostic> Order = Comparer<Diagnostic>.Create(static (a, b) =>
    {
        var c = string.CompareOrdinal(a.Path, b.Path);
        if (c == 0) c = a.Location.StartLine.CompareTo(b.Location.StartLine);
        if (c == 0) c = a.Location.StartColumn.CompareTo(b.Location.StartColumn);
        if (c == 0) c = string.CompareOrdinal(a.Id, b.Id);
        if (c == 0) c = a.Span.Length.CompareTo(b.Span.Length);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        return c;
    });
}
