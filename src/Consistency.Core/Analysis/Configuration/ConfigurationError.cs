using System.Globalization;

namespace Consistency.Analysis.Configuration;

/// <summary>
/// A configuration file that cannot be used as written: the file (as the user would type it), the
/// 1-based line when one is at fault (0 for the whole file) and what is wrong. A run with one
/// stops before analysing anything (exit code 2): a half-applied configuration would be worse.
/// </summary>
public sealed record ConfigurationError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{File}({Line}): {Message}")
        : $"{File}: {Message}";
}
