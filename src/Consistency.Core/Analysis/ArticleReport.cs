namespace Consistency.Analysis;

/// <summary>One article's diagnostics, in output order.</summary>
public sealed record ArticleReport(string Path, IReadOnlyList<Diagnostic> Diagnostics);
