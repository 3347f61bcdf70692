namespace Consistency.Text;

/// <summary>Tokens [First, End) of an article: a clause remembered by <see cref="Clauses"/>.</summary>
internal sealed record TokenRange(int First, int End);
