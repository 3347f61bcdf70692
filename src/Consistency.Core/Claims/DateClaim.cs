using Microsoft.CodeAnalysis.Text;

namespace Consistency.Claims;

/// <summary>
/// A day the text names: a weekday ("on Monday"), a date ("Sept. 15", "15 September 2025",
/// "9–10 September"), both ("Friday, Sept. 12"), or a weekend ("over the weekend").
/// Missing parts are null; <see cref="LastDay"/> is set for a range.
/// </summary>
public sealed record DateClaim(
    TextSpan Span,
    int Sentence,
    DayOfWeek? Weekday,
    int? Day,
    int? Month,
    int? Year,
    bool IsWeekend,
    int FirstToken,
    int EndToken) : Claim(Span, Sentence)
{
    public int? LastDay { get; init; }

    public bool HasDate => Day is not null && Month is not null;
}
