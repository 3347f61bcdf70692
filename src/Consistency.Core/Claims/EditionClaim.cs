using Microsoft.CodeAnalysis.Text;

namespace Consistency.Claims;

/// <summary>
/// An edition of a recurring series, by year: "Zapad-2021", "the 2021 Zapad", "the previous
/// edition in 2021", "compared to the 200,000 participants in 2022". <c>Span</c> is the
/// year's span, the words a reviewer would change.
/// </summary>
public sealed record EditionClaim(TextSpan Span, int Sentence, string Series, int Year, EditionRelation Relation)
    : Claim(Span, Sentence);
