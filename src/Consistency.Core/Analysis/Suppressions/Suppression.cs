using Consistency.Text;

namespace Consistency.Analysis.Suppressions;

/// <summary>
/// Why a finding is accepted: the reviewer's justification, and the suppression file and place
/// that say so (a display path, forward slashes), so every report can point back to it.
/// </summary>
public sealed record Suppression(string Justification, string Source, LineSpan Location);
