using Consistency.Claims;
using Humanizer;
using Consistency.Text;

namespace Consistency.Rules.Kinds;

/// <summary>
/// The kind of check "how long something had lasted on the article's date": "in its third year",
/// "three and a half years", "more than three years into the war", read against the day the
/// article speaks from (its dateline or timeline entry, else the latest date it gives in the
/// story's year). Where nothing dates the article, nothing is reported.
/// </summary>
/// <remarks>
/// A whole number of years holds for the completed years ("three years of war" after three and a
/// half), a fraction within a quarter year, a hedge as the quantity reader reads it ("nearly
/// four", "more than three"); an ordinal must be the running year ("in its fourth year").
/// </remarks>
public abstract class ElapsedTimeRule(ElapsedFact fact) : FactRule<ElapsedFact>(fact)
{
    private static readonly WordSet YearWords = new(["year", "years", "year-old", "years-old"]);

    private static readonly WordSet Running = new(["its", "the", "their"]);

    private static readonly WordSet DayWords = new(["day"]);

    /// <summary>The descriptor's message format for a rule of this kind: {0} the fact's duration on the day, {1} the words given.</summary>
    public const string MessageFormat = KindMessages.ArticleSays;

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        var syntax = claims.Syntax;
        var fact = Fact;
        DateOnly? latest = null;
        var latestRead = false;
        if (fact.LastDay is { } lastDay)
        {
            CheckRunningDay(context, fact, lastDay);
            return;
        }

        foreach (var index in syntax.SentencesWith(YearWords))
        {
            var sentence = syntax.Sentences[index];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!syntax.IsAnyWord(t, YearWords))
                {
                    continue;
                }

                var (first, end) = syntax.ClauseAround(sentence, t);
                if (!fact.Subject.IsIn(claims, first, end) || (fact.Excluding is { } ex && ex.IsIn(claims, first, end)))
                {
                    continue;
                }

                if (!latestRead)
                {
                    (latest, latestRead) = (LatestDate(claims), true);
                }

                if ((claims.AnchorOf(index) ?? latest) is not { } day)
                {
                    return; // nothing dates the article
                }

                var elapsed = (day.DayNumber - fact.Start.DayNumber) / 365.25m;
                if (Ordinal(syntax, sentence, t) is var (ordinalFirst, n) && (elapsed < n - 1 || elapsed >= n))
                {
                    context.ReportContradiction(syntax.SpanOf(ordinalFirst, t + 1), Describe(fact, elapsed), syntax.Article.Slice(syntax.SpanOf(ordinalFirst, t + 1)).ToString());
                }
                else if (Duration(claims, index, t) is { } quantity && !Fits(quantity, elapsed, syntax, t))
                {
                    var span = syntax.SpanOf(quantity.FirstToken, t + 1);
                    context.ReportContradiction(span, Describe(fact, elapsed), syntax.Article.Slice(span).ToString());
                }
            }
        }
    }

    /// <summary>
    /// "Dateline 15 September: the drills entered their third day": on a day the article speaks from
    /// (its dateline or timeline entry, never a guess) inside the span, the running day given must be
    /// the day's number counted from the start.
    /// </summary>
    private static void CheckRunningDay(RuleContext context, ElapsedFact fact, DateOnly lastDay)
    {
        var claims = context.Claims;
        var syntax = claims.Syntax;
        foreach (var index in syntax.SentencesWith(DayWords))
        {
            if (claims.AnchorOf(index) is not { } day || day < fact.Start || day > lastDay)
            {
                continue;
            }

            var sentence = syntax.Sentences[index];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!syntax.IsWord(t, "day") || Ordinal(syntax, sentence, t, "day") is not var (first, n))
                {
                    continue;
                }

                var (clauseFirst, clauseEnd) = syntax.ClauseAround(sentence, t);
                var running = day.DayNumber - fact.Start.DayNumber + 1;
                if (n == running || !fact.Subject.IsIn(claims, clauseFirst, clauseEnd) || (fact.Excluding is { } ex && ex.IsIn(claims, clauseFirst, clauseEnd)))
                {
                    continue;
                }

                var span = syntax.SpanOf(first, t + 1);
                var on = day.ToString("dddd d MMMM", System.Globalization.CultureInfo.InvariantCulture);
                context.ReportContradiction(span, $"On {on}, {fact.What} was in its {running.ToOrdinalWords(English)} day", syntax.Article.Slice(span).ToString());
            }
        }
    }

    /// <summary>"in its third year", "the 4th year", "their third day": the ordinal right before the unit and where its phrase starts.</summary>
    private static (int First, int N)? Ordinal(ArticleSyntax syntax, Sentence sentence, int year, string unit = "year")
    {
        var k = year - 1;
        if (k < sentence.FirstToken || !syntax.IsWord(year, unit))
        {
            return null;
        }

        if (NumberWords.TryOrdinal(syntax.TextOf(k), out var n) && k - 1 >= sentence.FirstToken && syntax.IsAnyWord(k - 1, Running))
        {
            return (k, n);
        }

        // "3rd year": a number with an attached ordinal suffix
        if (k - 1 >= sentence.FirstToken && syntax.Tokens[k - 1].IsNumber && syntax.Tokens[k].IsAttached
            && int.TryParse(syntax.TextOf(k - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d))
        {
            return (k - 1, d);
        }

        return null;
    }

    /// <summary>The quantity of years ending right before the year word ("three and a half years", "more than three years").</summary>
    private static QuantityClaim? Duration(ArticleClaims claims, int sentence, int yearWord)
    {
        var (start, end) = ArticleClaims.RangeOf(claims.Quantities, sentence);
        for (var i = start; i < end; i++)
        {
            var q = claims.Quantities[i];
            if (q.EndToken == yearWord || (q.EndToken < yearWord && yearWord - q.EndToken <= 4 && IsHalf(claims.Syntax, q.EndToken, yearWord)))
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>"and a half" (or "-and-a-half-") between the number and "years".</summary>
    private static bool IsHalf(ArticleSyntax syntax, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (syntax.IsWord(t, "half"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Fits(QuantityClaim quantity, decimal elapsed, ArticleSyntax syntax, int yearWord)
    {
        var value = quantity.Value + (IsHalf(syntax, quantity.EndToken, yearWord) ? 0.5m : 0m);
        // Hedges over a continuous span of time, not counts: "more than three years" is any time past three.
        return quantity.Qualifier switch
        {
            Qualifier.MoreThan => elapsed > value,
            Qualifier.AtLeast => elapsed >= value,
            Qualifier.LessThan => elapsed < value,
            Qualifier.AtMost => elapsed <= value,
            Qualifier.Nearly => elapsed >= value * 0.85m && elapsed <= value,
            Qualifier.Approximately => Math.Abs(value - elapsed) <= Math.Max(0.5m, value * 0.1m),
            _ => decimal.IsInteger(value) ? Math.Floor(elapsed) == value : Math.Abs(value - elapsed) <= 0.25m,
        };
    }

    /// <summary>The latest full date the article gives in its story's year: the day it speaks from at the earliest.</summary>
    private static DateOnly? LatestDate(ArticleClaims claims)
    {
        DateOnly? latest = null;
        var year = claims.Lexicon.StoryYear ?? 0;
        foreach (var date in claims.Dates)
        {
            if (date.LastDate(year) is { } d && (date.Year is null || date.Year == year) && (latest is null || d > latest))
            {
                latest = d;
            }
        }

        return latest;
    }

    private static string Describe(ElapsedFact fact, decimal elapsed)
    {
        var whole = (int)Math.Floor(elapsed);
        var half = elapsed - whole >= 0.5m ? " and a half" : "";
        return $"{fact.What} had lasted {whole.ToWords(English)}{half} years, in its {(whole + 1).ToOrdinalWords(English)} year";
    }

    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en");
}
