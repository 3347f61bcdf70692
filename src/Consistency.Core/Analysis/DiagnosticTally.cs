using Consistency.Rules;

namespace Consistency.Analysis;

/// <summary>
/// Counts of a run's diagnostics, kept as reports go by: what a summary and an exit code need,
/// without keeping the reports. Suppressed findings are counted apart, never under their severity.
/// </summary>
public sealed class DiagnosticTally
{
    private readonly int[] _bySeverity = new int[(int)Severity.Error + 1];

    public int Total { get; private set; }

    public int Suppressed { get; private set; }

    /// <summary>Whether an article could not be read at all (exit code 2).</summary>
    public bool HasInputFailure { get; private set; }

    /// <summary>Unsuppressed diagnostics of a severity.</summary>
    public int Count(Severity severity) => _bySeverity[(int)severity];

    public void Add(ArticleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var diagnostic in report.Diagnostics)
        {
            Add(diagnostic);
        }
    }

    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        Total++;
        if (diagnostic.IsSuppressed)
        {
            Suppressed++;
        }
        else
        {
            _bySeverity[(int)diagnostic.Severity]++;
        }

        HasInputFailure |= EngineDiagnostics.IsInputFailure(diagnostic);
    }

    public static DiagnosticTally Of(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var tally = new DiagnosticTally();
        foreach (var diagnostic in diagnostics)
        {
            tally.Add(diagnostic);
        }

        return tally;
    }
}
