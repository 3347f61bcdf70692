namespace Consistency.Rules;

/// <summary>
/// How serious a finding is, after Roslyn's levels. The contract (see README): error contradicts a
/// high-confidence fact without attribution; warning is an internal contradiction or disagreement
/// between sources; info is worth a reviewer's look (an attributed figure that differs).
/// </summary>
public enum Severity
{
    /// <summary>Reported to machines only (editorconfig "silent").</summary>
    Hidden,
    /// <summary>A suggestion (editorconfig "suggestion"); printed as "info", as compilers do.</summary>
    Info,
    Warning,
    Error,
}
