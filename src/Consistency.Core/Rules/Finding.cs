using Microsoft.CodeAnalysis.Text;

namespace Consistency.Rules;

/// <summary>What a rule reported: a span of its article, before the engine places it in lines and columns.</summary>
public readonly record struct Finding(RuleDescriptor Descriptor, TextSpan Span, Severity Severity, string Message);
