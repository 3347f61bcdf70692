using System.Text.RegularExpressions;
using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Reads when the article speaks from, and turns the days it gives relative to that into dates.
/// The anchor is the dateline ("VILNIUS, Sept. 15 (Agency) —", "Published 13 September 2025",
/// "Minsk, 15.09.2025") in the first lines; a timeline entry ("Sept. 11 — Coale meets …") anchors
/// its own paragraph. "Yesterday", "today", "tomorrow", "last night", "two days ago", "a week ago" become dates
/// against the anchor; where nothing anchors them they stay unread, so they can yield no finding.
/// Runs after the date and quote readers (a day inside a quote is the speaker's, not the article's).
/// </summary>
internal sealed partial class TimelineReader : IClaimReader
{
    /// <summary>How many lines from the top a dateline may stand on (headline, standfirst, byline, dateline).</summary>
    private const int DatelineLines = 4;

    /// <summary>A dateline line is short; a longer line with a date is the story's first sentence, not its dateline.</summary>
    private const int DatelineLength = 90;

    private static readonly WordSet RelativeDays = new(["yesterday", "today", "tonight", "tomorrow", "ago", "night", "morning", "afternoon", "evening"]);

    private static readonly WordSet ThisOrLast = new(["this", "last"]);

    private static readonly WordSet PartsOfDay = new(["morning", "afternoon", "evening", "night"]);

    private static readonly WordSet DayUnits = new(["day", "days"]);

    private static readonly WordSet WeekUnits = new(["week", "weeks"]);

    private static readonly WordSet MonthUnits = new(["month", "months"]);

    private static readonly WordSet YearUnits = new(["year", "years"]);

    public void Read(ArticleClaims claims)
    {
        var defaultYear = claims.Lexicon.StoryYear;
        claims.Dateline = ReadDateline(claims, defaultYear);
        ReadEntryDates(claims, defaultYear);
        if (claims.Dateline is null && claims.EntryDates is null)
        {
            return; // nothing anchors a relative day
        }

        var syntax = claims.Syntax;
        var added = false;
        var quote = 0; // sentences come in order: the quotes before them are passed once, not searched per word
        foreach (var index in syntax.SentencesWith(RelativeDays))
        {
            if (claims.AnchorOf(index) is not { } anchor)
            {
                continue;
            }

            var sentence = syntax.Sentences[index];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (ReadRelative(syntax, sentence, t) is not var (first, end, offset, months) || InQuote(claims, ref quote, t))
                {
                    continue;
                }

                if (offset is not { } days)
                {
                    t = end - 1; // "a month ago": no one day, and its "today" is not the article's
                    continue;
                }

                var day = anchor.AddMonths(months).AddDays(days);
                claims.Dates.Add(new DateClaim(syntax.SpanOf(first, end), index, null, day.Day, day.Month, day.Year, false, first, end) { IsRelative = true });
                added = true;
                t = end - 1;
            }
        }

        if (added)
        {
            claims.Dates.Sort(static (a, b) => a.Sentence != b.Sentence ? a.Sentence.CompareTo(b.Sentence) : a.FirstToken.CompareTo(b.FirstToken));
        }
    }

    /// <summary>
    /// "yesterday", "today", "tonight", "tomorrow", "this morning", "last night", "two days ago", "a month
    /// ago today": [first, end), and the months and days back from the anchor. A span with no days
    /// ("a month ago", "two years ago") names no one day; it is read only so that nothing in it is taken alone.
    /// </summary>
    private static (int First, int End, int? Days, int Months)? ReadRelative(ArticleSyntax syntax, Sentence sentence, int t)
    {
        if (syntax.IsWord(t, "yesterday"))
        {
            // "the day before yesterday"
            return t - 3 >= sentence.FirstToken && syntax.IsWord(t - 1, "before") && syntax.IsWord(t - 2, "day") ? (t - 3, t + 1, -2, 0) : (t, t + 1, -1, 0);
        }

        if (syntax.IsWord(t, "today") || syntax.IsWord(t, "tonight"))
        {
            return (t, t + 1, 0, 0);
        }

        if (syntax.IsWord(t, "tomorrow"))
        {
            return (t, t + 1, 1, 0);
        }

        if (syntax.IsAnyWord(t, ThisOrLast) && syntax.IsAnyWord(t + 1, PartsOfDay) && t + 1 < sentence.EndToken)
        {
            var last = syntax.IsWord(t, "last");
            if (last && !syntax.IsWord(t + 1, "night"))
            {
                return null; // "last morning" is not said; "last evening" is rare and unclear
            }

            return (t, t + 2, last ? -1 : 0, 0);
        }

        // "two days ago", "3 days ago", "a week ago", "a week ago today" (the same weekday, a week back),
        // "a month ago today" (the same day of the month); "a month ago" alone is no one day.
        if (syntax.IsWord(t, "ago") && t - 2 >= sentence.FirstToken && SmallCount(syntax, t - 2) is { } n)
        {
            var today = t + 1 < sentence.EndToken && syntax.IsWord(t + 1, "today");
            var end = today ? t + 2 : t + 1;
            var days = syntax.IsAnyWord(t - 1, DayUnits) ? n : syntax.IsAnyWord(t - 1, WeekUnits) ? 7 * n : 0;
            if (days > 0)
            {
                return (t - 2, end, -days, 0);
            }

            var months = syntax.IsAnyWord(t - 1, MonthUnits) ? n : syntax.IsAnyWord(t - 1, YearUnits) ? 12 * n : 0;
            return (t - 2, end, months > 0 && today ? 0 : null, -months);
        }

        return null;
    }

    /// <summary>A count of days written as a digit or a word up to ten ("two", "3"); "a day ago" is one.</summary>
    private static int? SmallCount(ArticleSyntax syntax, int t)
    {
        var text = syntax.TextOf(t);
        if (syntax.Tokens[t].IsNumber && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 31)
        {
            return n;
        }

        return NumberWords.TryCardinal(text, out var w) && w is > 0 and <= 10 ? w : syntax.IsWord(t, "a") ? 1 : null;
    }

    /// <summary>Whether the token is inside a quote; <paramref name="next"/> is the first quote that may still hold a later token.</summary>
    private static bool InQuote(ArticleClaims claims, ref int next, int token)
    {
        var quotes = claims.Quotes;
        while (next < quotes.Count && quotes[next].EndToken <= token)
        {
            next++;
        }

        return next < quotes.Count && quotes[next].FirstToken <= token;
    }

    /// <summary>The dateline: a date on a short line among the first few, or a numeric date there ("15.09.2025", "2025-09-15").</summary>
    private static DateOnly? ReadDateline(ArticleClaims claims, int? defaultYear)
    {
        var text = claims.Syntax.Text;
        var lines = 0;
        var lineStart = 0;
        while (lines < DatelineLines && lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (line.Length > 0)
            {
                lines++;
                if (line.Length <= DatelineLength && DatelineOn(claims, lineStart, lineEnd, line, defaultYear) is { } date)
                {
                    return date;
                }

                // "RIGA, 17 September 2025 — Zapad-2025 is over…": a wire dateline that opens the first paragraph.
                if (line.Length > DatelineLength && OpensWithPlace(line)
                    && DatelineOn(claims, lineStart, lineStart + DatelineLength, line[..DatelineLength], defaultYear) is { } opening)
                {
                    return opening;
                }
            }

            lineStart = lineEnd + 1;
        }

        return null;
    }

    /// <summary>A place in capitals and a comma: "RIGA,", "NEW YORK,".</summary>
    private static bool OpensWithPlace(ReadOnlySpan<char> line)
    {
        var comma = line.IndexOf(',');
        if (comma < 3 || comma > 30)
        {
            return false;
        }

        foreach (var c in line[..comma])
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return char.IsUpper(line[0]) && char.IsUpper(line[1]);
    }

    private static DateOnly? DatelineOn(ArticleClaims claims, int lineStart, int lineEnd, ReadOnlySpan<char> line, int? defaultYear)
    {
        foreach (var date in claims.Dates)
        {
            if (date.Span.Start >= lineEnd)
            {
                break;
            }

            if (date.Span.Start >= lineStart && date.FirstDate(defaultYear ?? 0) is { Year: > 1 } day)
            {
                return day;
            }
        }

        var numeric = NumericDate().Match(line.ToString());
        if (numeric.Success)
        {
            var iso = numeric.Groups["y1"].Success;
            var year = int.Parse(iso ? numeric.Groups["y1"].Value : numeric.Groups["y2"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var month = int.Parse(iso ? numeric.Groups["m1"].Value : numeric.Groups["m2"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var day = int.Parse(iso ? numeric.Groups["d1"].Value : numeric.Groups["d2"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }
        }

        return null;
    }

    /// <summary>"2025-09-15" (ISO) or "15.09.2025", "15/09/2025" (day first, as European outlets write).</summary>
    [GeneratedRegex(@"\b(?:(?<y1>(?:19|20)\d\d)-(?<m1>\d\d)-(?<d1>\d\d)|(?<d2>\d{1,2})[./](?<m2>\d{1,2})[./](?<y2>(?:19|20)\d\d))\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NumericDate();

    /// <summary>
    /// A day heading dates the lines under it ("Thursday 11 September" then "• NATO announces …"),
    /// each its own paragraph, down to a blank line or the next heading.
    /// </summary>
    private static void HeadLinesBelow(ArticleClaims claims, Dictionary<int, DateOnly> entries, int heading, DateOnly day)
    {
        var syntax = claims.Syntax;
        for (var i = heading + 1; i < syntax.Sentences.Count; i++)
        {
            var sentence = syntax.Sentences[i];
            var (dates, end) = ArticleClaims.RangeOf(claims.Dates, i);
            if (syntax.Tokens[sentence.FirstToken].Has(TokenFlags.BlankLineBefore) || (dates < end && claims.Dates[dates].FirstToken == sentence.FirstToken))
            {
                return; // a blank line, or a line opening with its own day (the next heading or entry)
            }

            entries.TryAdd(sentence.Paragraph, day);
        }
    }

    /// <summary>
    /// A paragraph that opens with a full date and a dash or colon ("Sept. 11 — Coale meets
    /// Lukashenko", "12 September: the drills begin") is a timeline entry: its events are that day's.
    /// </summary>
    private static void ReadEntryDates(ArticleClaims claims, int? defaultYear)
    {
        var syntax = claims.Syntax;
        foreach (var date in claims.Dates)
        {
            var sentence = syntax.Sentences[date.Sentence];
            var opensParagraph = date.Sentence == 0 || syntax.Sentences[date.Sentence - 1].Paragraph != sentence.Paragraph
                || syntax.Tokens[sentence.FirstToken].Has(TokenFlags.LineBreakBefore);
            // "Thursday 11 September" alone on its line heads the lines under it, as a chronology's
            // day heading; the dateline itself heads nothing.
            var wholeLine = date.EndToken >= syntax.Tokens.Count || syntax.Tokens[date.EndToken].Has(TokenFlags.LineBreakBefore);
            if (date.FirstToken != sentence.FirstToken || !opensParagraph || (date.EndToken >= sentence.EndToken && !wholeLine))
            {
                continue;
            }

            var marked = wholeLine || syntax.Tokens[date.EndToken].Kind == TokenKind.Dash || syntax.IsPunctuation(date.EndToken, ':');
            if (marked && date.FirstDate(defaultYear ?? 0) is { Year: > 1 } day && !(wholeLine && day == claims.Dateline))
            {
                var entries = claims.EntryDates ??= [];
                entries[sentence.Paragraph] = day;
                if (wholeLine)
                {
                    HeadLinesBelow(claims, entries, date.Sentence, day);
                }
            }
        }
    }
}
