using Microsoft.CodeAnalysis.Text;

namespace Consistency.Claims;

/// <summary>A mention of a known entity under any of its aliases ("Türkiye" → turkey, "Barysaw" → borisovsky).</summary>
public sealed record EntityMention(TextSpan Span, int Sentence, string EntityId, int FirstToken, int EndToken) : Claim(Span, Sentence);
