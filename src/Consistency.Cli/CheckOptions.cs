using Consistency.Rules;

namespace Consistency.Cli;

/// <summary>What <c>consistency check</c> was asked to do, as parsed from its command line.</summary>
internal sealed record CheckOptions(
    IReadOnlyList<string> Paths,
    string Format,
    string? Output,
    Severity MinimumSeverity,
    IReadOnlyList<string> Rules,
    bool NoColor,
    string? Config,
    string? Pack = null);
