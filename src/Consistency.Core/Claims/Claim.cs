using Microsoft.CodeAnalysis.Text;

namespace Consistency.Claims;

/// <summary>A typed fact read from an article, with the exact span of the words that state it.</summary>
public abstract record Claim(TextSpan Span, int Sentence);
