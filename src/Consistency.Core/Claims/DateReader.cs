using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Reads named days: "Friday", "Friday, Sept. 12", "Monday 15 September", "September 15, 2025",
/// "15 Sept", "9–10 September", "over the weekend". Weekdays count only as capitalised full
/// names, and months only next to a day number, so "may", "sun" and "march" as words are left alone.
/// </summary>
internal sealed class DateReader : IClaimReader
{
    private static readonly WordSet ThisOrLast = new(["this", "last"]);

    private static readonly WordSet RangeJoiners = new(["to", "and"]);

    private static readonly WordSet MonthLeads = new(["in", "since", "by", "until", "till", "from", "during", "of", "early", "late", "mid", "last", "this", "next", "through", "throughout", "before", "after"]);

    private static readonly WordSet WeekendLeads = new(["over", "at", "this", "on", "last", "that", "during"]);

    public void Read(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        foreach (var index in syntax.SentencesWith(CalendarWords.DayAndMonthNames))
        {
            var sentence = syntax.Sentences[index];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var claim = ReadAt(syntax, sentence, t);
                if (claim is not null)
                {
                    claims.Dates.Add(claim);
                    t = claim.EndToken - 1;
                }
            }
        }
    }

    private static DateClaim? ReadAt(ArticleSyntax syntax, Sentence sentence, int t)
    {
        var limit = sentence.EndToken;
        if (syntax.IsWord(t, "weekend") && t - 2 >= sentence.FirstToken && syntax.IsWord(t - 1, "the") && syntax.IsAnyWord(t - 2, WeekendLeads))
        {
            return new DateClaim(syntax.SpanOf(t - 2, t + 1), sentence.Index, null, null, null, null, true, t - 2, t + 1);
        }

        if (syntax.IsWord(t, "weekend") && t - 1 >= sentence.FirstToken && syntax.IsAnyWord(t - 1, ThisOrLast))
        {
            return new DateClaim(syntax.SpanOf(t - 1, t + 1), sentence.Index, null, null, null, null, true, t - 1, t + 1);
        }

        DayOfWeek? weekday = null;
        var next = t;
        if (IsWeekdayName(syntax, t, out var day))
        {
            weekday = day;
            next = t + 1;
            if (next < limit && syntax.IsPunctuation(next, ','))
            {
                next++;
            }
        }
        else if (AbbreviatedWeekdayBeforeDate(syntax, t, limit, out day, out var dateStart))
        {
            weekday = day;
            next = dateStart;
        }

        if (TryDate(syntax, next, limit, out var date))
        {
            return new DateClaim(syntax.SpanOf(t, date.End), sentence.Index, weekday, date.Day, date.Month, date.Year, false, t, date.End)
            {
                LastDay = date.LastDay,
            };
        }

        if (weekday is null && MonthAlone(syntax, sentence, t) is { } alone)
        {
            return alone;
        }

        return weekday is null ? null : new DateClaim(syntax.SpanOf(t, t + 1), sentence.Index, weekday, null, null, null, false, t, t + 1);
    }

    /// <summary>
    /// A month without a day: "in August", "since August 2023", "last July", "September 2021". Only
    /// after a preposition or before a year, so "May" the verb and a name ("August Schmidt") are not months.
    /// </summary>
    private static DateClaim? MonthAlone(ArticleSyntax syntax, Sentence sentence, int t)
    {
        if (!IsMonth(syntax, t, out var month) || syntax.TextOf(t).Length < 3)
        {
            return null;
        }

        var (year, end) = YearAfter(syntax, t + 1, sentence.EndToken);
        var led = t > sentence.FirstToken && syntax.IsAnyWord(t - 1, MonthLeads);
        if (year is null && !led)
        {
            return null;
        }

        var first = t > sentence.FirstToken && syntax.IsAnyWord(t - 1, ThisOrLast) ? t - 1 : t;
        return new DateClaim(syntax.SpanOf(first, end), sentence.Index, null, null, month, year, false, first, end);
    }

    private static bool IsWeekdayName(ArticleSyntax syntax, int t, out DayOfWeek day)
    {
        day = default;
        var token = syntax.Tokens[t];
        return token.IsWord && token.Has(TokenFlags.Capitalized) && token.Length >= 6
            && CalendarWords.TryWeekday(syntax.TextOf(t), out day);
    }

    /// <summary>
    /// "Mon 15 Sept", "Tue., 16 September": a weekday cut to three or four letters counts only
    /// right before a day and month, so "Sun" the paper and "Sat" the verb stay words.
    /// </summary>
    private static bool AbbreviatedWeekdayBeforeDate(ArticleSyntax syntax, int t, int limit, out DayOfWeek day, out int dateStart)
    {
        day = default;
        dateStart = t + 1;
        var token = syntax.Tokens[t];
        if (!token.IsWord || !token.Has(TokenFlags.Capitalized) || token.Length is < 3 or > 5 || !CalendarWords.TryWeekday(syntax.TextOf(t), out day))
        {
            return false;
        }

        while (dateStart < limit && dateStart <= t + 2 && (syntax.IsPunctuation(dateStart, '.') || syntax.IsPunctuation(dateStart, ',')))
        {
            dateStart++;
        }

        return TryDate(syntax, dateStart, limit, out _);
    }

    private readonly record struct DateParts(int Day, int? LastDay, int Month, int? Year, int End);

    /// <summary>"Sept. 12", "September 12, 2025", "12 September", "12th of September 2025", "9–10 September".</summary>
    private static bool TryDate(ArticleSyntax syntax, int t, int limit, out DateParts date)
    {
        date = default;
        if (t >= limit)
        {
            return false;
        }

        // Month first: "Sept. 12", "September 12, 2025", "Sept. 9-10".
        if (IsMonth(syntax, t, out var month))
        {
            var k = t + 1;
            if (k < limit && syntax.IsPunctuation(k, '.'))
            {
                k++;
            }

            if (TryDayNumber(syntax, k, limit, out var dayOfMonth, out var afterDay))
            {
                var (last, afterRange) = RangeEnd(syntax, afterDay, limit);
                var (year, end) = YearAfter(syntax, afterRange, limit);
                date = new DateParts(dayOfMonth, last, month, year, end);
                return true;
            }

            return false;
        }

        // Day first: "12 September", "12th of September", "9–10 September".
        if (TryDayNumber(syntax, t, limit, out var firstDay, out var k2))
        {
            var (lastDay, afterRange) = RangeEnd(syntax, k2, limit);
            if (afterRange < limit && syntax.IsWord(afterRange, "of"))
            {
                afterRange++;
            }

            if (afterRange < limit && IsMonth(syntax, afterRange, out var m))
            {
                var end = afterRange + 1;
                if (end < limit && syntax.IsPunctuation(end, '.') && syntax.Tokens[end].IsAttached && syntax.TextOf(afterRange).Length <= 4)
                {
                    end++;
                }

                var (year, after) = YearAfter(syntax, end, limit);
                date = new DateParts(firstDay, lastDay, m, year, after);
                return true;
            }
        }

        return false;
    }

    private static bool IsMonth(ArticleSyntax syntax, int t, out int month)
    {
        month = 0;
        var token = syntax.Tokens[t];
        return token.IsWord && token.Has(TokenFlags.Capitalized) && CalendarWords.TryMonth(syntax.TextOf(t), out month);
    }

    private static bool TryDayNumber(ArticleSyntax syntax, int t, int limit, out int day, out int end)
    {
        day = 0;
        end = t;
        if (t >= limit || !syntax.Tokens[t].IsNumber || syntax.Tokens[t].Length > 2)
        {
            return false;
        }

        foreach (var c in syntax.TextOf(t))
        {
            day = (day * 10) + (c - '0');
        }

        if (day is < 1 or > 31)
        {
            return false;
        }

        end = t + 1;
        if (end < limit && syntax.Tokens[end].IsAttached && syntax.IsAnyWord(end, CalendarWords.OrdinalSuffixes))
        {
            end++;
        }

        return true;
    }

    /// <summary>"9–10", "9-10", "9 to 10", "9 and 10", "12 to Thursday 18": the last day of a range.</summary>
    private static (int? Last, int End) RangeEnd(ArticleSyntax syntax, int t, int limit)
    {
        if (t + 1 >= limit || !(syntax.Tokens[t].Kind is TokenKind.Hyphen or TokenKind.Dash || syntax.IsAnyWord(t, RangeJoiners)))
        {
            return (null, t);
        }

        // "from Friday 12 to Thursday 18 September": the second day may carry its weekday too.
        var k = t + 1;
        if (IsWeekdayName(syntax, k, out _))
        {
            k = k + 1 < limit && syntax.IsPunctuation(k + 1, ',') ? k + 2 : k + 1;
        }

        return TryDayNumber(syntax, k, limit, out var last, out var end) ? (last, end) : (null, t);
    }

    private static (int? Year, int End) YearAfter(ArticleSyntax syntax, int t, int limit)
    {
        var k = t < limit && syntax.IsPunctuation(t, ',') ? t + 1 : t;
        if (k < limit && YearReader.TryYear(syntax, k, out var year) && syntax.Tokens[k].IsNumber)
        {
            return (year, k + 1);
        }

        return (null, t);
    }
}
