using Microsoft.CodeAnalysis.Text;

namespace Consistency.Claims;

/// <summary>A stated cadence: "every four years", "quadrennial", "a four-year cycle", "every other year".</summary>
public sealed record RecurrenceClaim(TextSpan Span, int Sentence, decimal IntervalYears) : Claim(Span, Sentence);
