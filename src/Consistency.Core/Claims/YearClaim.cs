using Microsoft.CodeAnalysis.Text;

namespace Consistency.Claims;

/// <summary>A calendar year written in digits ("2021").</summary>
public sealed record YearClaim(TextSpan Span, int Sentence, int Year, int Token) : Claim(Span, Sentence);
