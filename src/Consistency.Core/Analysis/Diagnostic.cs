using Consistency.Analysis.Suppressions;
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

    /// <summary>Set when a reviewed suppression accepts this finding; it is then reported but never fails a run.</summary>
    public Suppression? Suppression { get; init; }

    public bool IsSuppressed => Suppression is not null;

    /// <summary>The words at fault, as written in the article; empty when the diagnostic has no excerpt.</summary>
    public string Words => Excerpt is { } excerpt && Span.Start >= ExcerptSpan.Start && Span.End <= ExcerptSpan.End
        ? excerpt.Substring(Span.Start - ExcerptSpan.Start, Span.Length)
        : "";

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
