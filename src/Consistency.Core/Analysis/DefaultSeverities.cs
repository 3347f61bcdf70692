using Consistency.Rules;

namespace Consistency.Analysis;

/// <summary>No configuration: every finding keeps the severity its rule reported.</summary>
public sealed class DefaultSeverities : ISeverityConfiguration
{
    public static DefaultSeverities Instance { get; } = new();

    public Severity? Resolve(RuleDescriptor rule, Severity reported, string articlePath) => reported;
}
