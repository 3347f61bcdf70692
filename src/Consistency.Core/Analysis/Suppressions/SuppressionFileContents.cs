using Consistency.Analysis.Configuration;

namespace Consistency.Analysis.Suppressions;

/// <summary>A suppression file as read: its display path, its entries, and what is wrong with it.</summary>
internal sealed record SuppressionFileContents(string DisplayPath, IReadOnlyList<SuppressionEntry> Entries, IReadOnlyList<ConfigurationError> Errors);
