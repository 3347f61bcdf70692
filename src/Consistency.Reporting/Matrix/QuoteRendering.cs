using Consistency.Rules.Corpus;

namespace Consistency.Reporting.Matrix;

/// <summary>One wording of a quote: its number in the group, its text as first written, every place it stands, and its word diff against the group's reference (null for the reference itself).</summary>
public sealed record QuoteRendering(int Number, string Text, IReadOnlyList<ArticleObservation> Places, string? Diff);
