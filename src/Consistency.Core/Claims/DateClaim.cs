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

    /// <summary>
    /// The day was not named but worked out from the article's own date: "yesterday", "today",
    /// "two days ago", "last night" against the dateline (or a timeline entry's date).
    /// </summary>
    public bool IsRelative { get; init; }

    /// <summary>The first day the claim allows, when it names a full date (a year from the article or its story where it gives none).</summary>
    public DateOnly? FirstDate(int defaultYear) =>
        Day is { } d && Month is { } m && (Year ?? defaultYear) is var y and >= 1 and <= 9999 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    /// <summary>The last day the claim allows (the end of a range, or the one day).</summary>
    public DateOnly? LastDate(int defaultYear) =>
        FirstDate(defaultYear) is { } first && LastDay is { } last && last >= first.Day && last <= DateTime.DaysInMonth(first.Year, first.Month)
            ? new DateOnly(first.Year, first.Month, last)
            : FirstDate(defaultYear);

    public bool HasDate => Day is not null && Month is not null;
}
