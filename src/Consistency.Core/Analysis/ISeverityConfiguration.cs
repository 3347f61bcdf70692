using Consistency.Rules;

namespace Consistency.Analysis;

/// <summary>
/// Decides a finding's effective severity for an article, as .editorconfig's
/// <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> does; <c>null</c> turns the rule off there.
/// </summary>
public interface ISeverityConfiguration
{
    Severity? Resolve(RuleDescriptor rule, Severity reported, string articlePath);
}
