using Consistency.Rules;

namespace Consistency.Analysis;

/// <summary>One article's diagnostics, in output order.</summary>
public sealed record ArticleReport(string Path, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The same report without the diagnostics below <paramref name="minimum"/> (what <c>--min-severity</c> shows).</summary>
    public ArticleReport AtOrAbove(Severity minimum) =>
        Diagnostics.All(d => d.Severity >= minimum) ? this : this with { Diagnostics = Diagnostics.Where(d => d.Severity >= minimum).ToArray() };
}
