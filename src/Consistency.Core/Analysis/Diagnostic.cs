using Consistency.Analysis.Suppressions;
using Consistency.Rules;
using Consistency.Text;
using Microsoft.CodeAnalysis.Text;

namespace Consistency.Analysis;

/// <summary>
/// A finding placed in its article: rule, effective severity, message, path, span, 1-based line
/// and column, and the sentence it concerns (the excerpt reviewers read in snapshots). For a very
/// long sentence the excerpt is a window around the words with "…" where it was cut
/// (<see cref="ExcerptWindow"/>): <see cref="ExcerptSpan"/> is the article text it shows and
/// <see cref="ExcerptLead"/> the characters of ellipsis before that text.
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

    /// <summary>Other places the finding concerns: for a corpus rule's finding, the other articles' words; empty for most.</summary>
    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];

    /// <summary>Characters of the excerpt before the article text it shows: 1 for a leading "…", else 0.</summary>
    public int ExcerptLead { get; init; }

    /// <summary>Where the words at fault start in <see cref="Excerpt"/>.</summary>
    public int WordsStartInExcerpt => ExcerptLead + Span.Start - ExcerptSpan.Start;

    /// <summary>The words at fault, as written in the article; empty when the diagnostic has no excerpt.</summary>
    public string Words => Excerpt is { } excerpt && Span.Start >= ExcerptSpan.Start && Span.End <= ExcerptSpan.End
        ? excerpt.Substring(WordsStartInExcerpt, Span.Length)
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
