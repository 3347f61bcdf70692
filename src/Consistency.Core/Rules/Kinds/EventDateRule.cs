using Consistency.Claims;
using Consistency.Text;

namespace Consistency.Rules.Kinds;

/// <summary>
/// The kind of check "an event happened on its day": for every day the article gives (a date, a
/// weekday, a month, a weekend, "yesterday" against the dateline, a timeline entry's date), the
/// events of the story model that its clause names are looked up; when none of them fits the day,
/// the day is reported. A rule of this kind only lists its events: the reading is done here, so a
/// phrasing taught once serves every event.
/// </summary>
/// <remarks>
/// A clause naming several events is fine when the day fits any of them ("started Friday, just
/// days after drones crossed into Poland"); the date nearest an event's words is its date; a word
/// such as "after" or "since" between the day and the event unties them. A day in another year
/// than a recurring event's is another occasion.
/// </remarks>
public abstract class EventDateRule(IReadOnlyList<StoryEvent> events) : FactRule<IReadOnlyList<StoryEvent>>(events)
{
    private static readonly WordSet RelativeWords = new(["after", "before", "until", "ahead", "following", "later", "earlier", "recalled", "ago", "prior", "follows", "followed", "precedes", "preceded"]);

    /// <summary>
    /// Words of a state that lasts: "the crossings, closed since 12 September, remain shut today"
    /// gives a day the closure still holds, not the day it happened.
    /// </summary>
    /// <summary>How many words before an event's word "kept" may stand: "kept every crossing on its border with Belarus shut".</summary>
    private const int KeptReach = 8;

    private static readonly WordSet KeptWords = new(["kept", "keeps", "keep", "keeping"]);

    private static readonly WordSet StateWords = new(["remain", "remains", "remained", "still", "stay", "stays", "stayed", "kept", "keeps"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        var syntax = claims.Syntax;
        var defaultYear = claims.Lexicon.StoryYear ?? 0;
        foreach (var date in claims.Dates)
        {
            var sentence = syntax.Sentences[date.Sentence];
            // A timeline entry's date dates the clause after its dash; any other date, its own clause.
            var body = EntryBody(claims, date) is { } start && start < sentence.EndToken ? start : -1;
            var opened = body >= 0;
            var (first, end) = syntax.ClauseAround(sentence, opened ? body : date.FirstToken);
            if (opened && end < sentence.EndToken && date.FirstDate(YearOf(claims, date) ?? defaultYear) is { } entryDay)
            {
                CheckLaterEntryClauses(context, date, entryDay, end);
            }

            first = syntax.WithLabel(sentence, first);
            var named = Named(claims, first, end) ?? SpannedBy(claims, date, first, end);
            if (named is null)
            {
                continue; // the clause names no event: most dates
            }

            var datesInClause = DatesIn(claims, date, first, end);
            List<StoryEvent>? its = null;
            var aState = false;
            foreach (var e in named)
            {
                var triggers = e.Cues[0].Positions(claims, first, end);
                if ((datesInClause.Count == 1 || NearestDate(triggers, datesInClause) == date) && !RelativeBetween(claims, triggers, date)
                    && !CueBeyondRelative(claims, e, date, first, end))
                {
                    if (HoldsAsState(claims, triggers, date, first))
                    {
                        aState = true;
                    }
                    else
                    {
                        (its ??= []).Add(e);
                    }
                }
            }

            // "has kept its crossings shut since Friday": the day dates a state of one of the events,
            // and is not held against the others the clause names (drones that came last week).
            if (aState)
            {
                continue;
            }

            its = MarkedAmong(claims, its, date.Sentence);

            // A day whose year the sentence sets to another than the story's speaks of another time.
            var year = YearOf(claims, date) ?? defaultYear;
            // "Wednesday night" is the night that begins on Wednesday: an overnight event's first day.
            var night = syntax.IsWord(date.EndToken, "night") && date.Weekday is { } nightOf;
            if (its is null || (date.Year is null && defaultYear > 0 && year != defaultYear)
                || its.Exists(e => night && e.Last > e.First && date.Day is null ? e.First.DayOfWeek == date.Weekday : Fits(date, e, year)))
            {
                continue;
            }

            // Events named alike (three prisoner releases): the day fits none of them, and each is named.
            var happened = string.Join("; ", its.Select(e => $"{e.Name} was {e.When()}"));
            // All of the events' words: a reporting verb among them ("Eastern Sentry, announced last
            // Wednesday") is the event itself, not a party's claim about it.
            var eventWords = its.SelectMany(e => e.Cues.SelectMany(c => c.Positions(claims, first, end))).ToList();
            ReportDay(context, date.Span, eventWords, Capitalise(happened), context.Article.Slice(date.Span).ToString());
        }

        CheckEntrySentences(context);
        CheckOffsets(context);
        CheckLaterDays(context);
        CheckYearsSince(context);
        CheckDurations(context);
    }

    /// <summary>Words that put an event of a timeline entry on another day than the entry's: "had", "after", "earlier".</summary>
    private static readonly WordSet OtherTimeWords = new(["had", "after", "before", "earlier", "later", "since", "ago", "previously", "until", "ahead", "will", "would"]);

    /// <summary>
    /// "10 September — Poland invokes Article 4. … NATO announces Eastern Sentry.": a sentence of a
    /// timeline entry that gives no day of its own tells that day's events, in the present; one of
    /// another day is reported at its words. A sentence placing its event in time ("had", "after",
    /// "will") is left alone.
    /// </summary>
    private void CheckEntrySentences(RuleContext context)
    {
        var claims = context.Claims;
        if (claims.EntryDates is null)
        {
            return;
        }

        var syntax = claims.Syntax;
        for (var index = 0; index < syntax.Sentences.Count; index++)
        {
            var sentence = syntax.Sentences[index];
            var (datesFrom, datesTo) = ArticleClaims.RangeOf(claims.Dates, index);
            if (claims.EntryDateOf(index) is not { } day || datesFrom != datesTo || claims.HasAnyWord(sentence.FirstToken, sentence.EndToken, OtherTimeWords)
                || Named(claims, sentence.FirstToken, sentence.EndToken) is null)
            {
                continue;
            }

            var entry = new DateClaim(default, index, null, day.Day, day.Month, day.Year, false, sentence.FirstToken, sentence.FirstToken);
            if (!CheckEntryWords(context, entry, day, sentence.FirstToken, sentence.EndToken))
            {
                continue; // reported: none of the sentence's events fits the entry
            }

            // "Poland invokes Article 4, and NATO announces Eastern Sentry the same day": the sentence
            // fits the entry through one of its events; each clause is held to the entry too.
            for (var t = sentence.FirstToken; t < sentence.EndToken;)
            {
                var (first, end) = syntax.ClauseAround(sentence, t);
                if (first > sentence.FirstToken || end < sentence.EndToken)
                {
                    CheckEntryWords(context, entry, day, first, end);
                }

                t = Math.Max(end, t) + 1;
            }
        }
    }

    /// <summary>
    /// "Wednesday 10 September: Poland invokes Article 4; NATO announces Eastern Sentry the same
    /// day.": every clause after the first of an entry opened by its day tells of that day too,
    /// unless it places its event at another time ("had", "after", "will").
    /// </summary>
    private void CheckLaterEntryClauses(RuleContext context, DateClaim date, DateOnly day, int from)
    {
        var syntax = context.Syntax;
        var sentence = syntax.Sentences[date.Sentence];
        for (var t = from + 1; t < sentence.EndToken;)
        {
            var (first, end) = syntax.ClauseAround(sentence, t);
            if (!context.Claims.HasAnyWord(first, end, OtherTimeWords))
            {
                CheckEntryWords(context, date, day, first, end);
            }

            t = Math.Max(end, t) + 1;
        }
    }

    /// <summary>
    /// Holds the events the words [first, end) name to the entry's day; reports the first event's
    /// words when none fits. Whether the words fit (or name no event).
    /// </summary>
    private bool CheckEntryWords(RuleContext context, DateClaim entry, DateOnly day, int first, int end)
    {
        var claims = context.Claims;
        if (Named(claims, first, end) is not { } named)
        {
            return true;
        }

        named = MarkedAmong(claims, named, entry.Sentence)!;
        if (named.Exists(e => Fits(entry, e, claims.Lexicon.StoryYear ?? 0)))
        {
            return true;
        }

        // The event's words, from the first of its cues to the last: "NATO announces Eastern Sentry".
        var positions = named[0].Cues.SelectMany(c => c.Positions(claims, first, end)).ToList();
        var span = claims.Syntax.SpanOf(positions.Min(), positions.Max() + 1);
        var happened = Capitalise(string.Join("; ", named.Select(e => $"{e.Name} was {e.When()}")));
        var said = $"{context.Article.Slice(span)}\" under \"{day.ToString("d MMMM", System.Globalization.CultureInfo.InvariantCulture)}";
        ReportDay(context, span, positions, happened, said);
        return false;
    }

    private static readonly WordSet DayWords = new(["day", "days"]);

    private static readonly WordSet AfterOrBefore = new(["after", "before"]);

    private static readonly WordSet WeekUnits = new(["week", "weeks"]);

    /// <summary>
    /// "Two days after Russian drones crossed into Polish airspace, Tusk announced …", "Coale arrived
    /// a day before the release": a day counted from another event of the model. The event the
    /// clause's first trigger names (its main verb) must fall that many days from the anchor's days.
    /// </summary>
    private void CheckOffsets(RuleContext context)
    {
        var claims = context.Claims;
        var syntax = claims.Syntax;
        foreach (var index in syntax.SentencesWith(AfterOrBefore))
        {
            var sentence = syntax.Sentences[index];
            for (var t = sentence.FirstToken + 2; t < sentence.EndToken; t++)
            {
                if (!syntax.IsAnyWord(t, AfterOrBefore) || Offset(syntax, sentence, t) is not var (phraseFirst, days))
                {
                    continue;
                }

                var anchorEnd = t + 1;
                while (anchorEnd < sentence.EndToken && !syntax.IsPunctuation(anchorEnd, ',') && !Clauses.IsBoundary(syntax, sentence, anchorEnd))
                {
                    anchorEnd++;
                }

                var (clauseFirst, clauseEnd) = syntax.ClauseAround(sentence, phraseFirst);
                var opens = phraseFirst == clauseFirst;
                var (datedFirst, datedEnd) = opens ? (anchorEnd, clauseEnd) : (clauseFirst, phraseFirst);
                if (Named(claims, t + 1, anchorEnd) is not [var anchor, ..] anchors || anchors.Exists(a => a.First != anchor.First || a.Last != anchor.Last)
                    || MainEvent(claims, Named(claims, datedFirst, datedEnd), anchors, datedFirst, datedEnd) is not { } dated)
                {
                    continue;
                }

                // "crossings remain closed, a week after Zapad-2025 began": the offset dates a state that lasts, not its start.
                if (claims.HasAnyWord(datedFirst, datedEnd, StateWords))
                {
                    continue;
                }

                // Weeks are counted loosely ("two weeks after" for nine days): a week's slack either way.
                var sign = syntax.IsWord(t, "after") ? 1 : -1;
                var slack = syntax.IsAnyWord(t - 1, WeekUnits) ? 7 : 0;
                if (dated.Overlaps(anchor.First.AddDays(sign * days - slack), anchor.Last.AddDays(sign * days + slack)))
                {
                    continue;
                }

                ReportOffset(context, syntax.SpanOf(phraseFirst, t + 1), dated, anchor, sentence.FirstToken, sentence.EndToken);
                t = anchorEnd;
            }
        }
    }

    private static readonly WordSet LaterWords = new(["same", "next", "following", "later"]);

    /// <summary>
    /// "Poland invokes Article 4, and NATO announces Eastern Sentry the same day", "…; a day later,
    /// Coale met Lukashenko": a clause dated by the event an earlier clause of its sentence names.
    /// </summary>
    private void CheckLaterDays(RuleContext context)
    {
        var claims = context.Claims;
        var syntax = claims.Syntax;
        foreach (var index in syntax.SentencesWith(LaterWords))
        {
            if (claims.EntryDateOf(index) is not null)
            {
                continue; // a timeline entry's clauses are held to its day (CheckLaterEntryClauses)
            }

            var sentence = syntax.Sentences[index];
            for (var t = sentence.FirstToken + 2; t < sentence.EndToken; t++)
            {
                if (LaterDay(syntax, sentence, t) is not var (phraseFirst, phraseEnd, days))
                {
                    continue;
                }

                var (clauseFirst, clauseEnd) = syntax.ClauseAround(sentence, phraseFirst);
                if (clauseFirst <= sentence.FirstToken
                    || Named(claims, sentence.FirstToken, clauseFirst) is not [var anchor, ..] anchors || anchors.Exists(a => a.First != anchor.First || a.Last != anchor.Last)
                    || MainEvent(claims, Named(claims, clauseFirst, clauseEnd), anchors, clauseFirst, clauseEnd) is not { } dated
                    || claims.HasAnyWord(clauseFirst, clauseEnd, StateWords))
                {
                    continue;
                }

                if (dated.Overlaps(anchor.First.AddDays(days), anchor.Last.AddDays(days)))
                {
                    continue;
                }

                ReportOffset(context, syntax.SpanOf(phraseFirst, phraseEnd), dated, anchor, sentence.FirstToken, sentence.EndToken);
                t = phraseEnd;
            }
        }
    }

    /// <summary>"the same day" (0), "the next day", "the following day" (1), "two days later" (2): where the phrase is and how many days on.</summary>
    private static (int First, int End, int Days)? LaterDay(ArticleSyntax syntax, Sentence sentence, int t)
    {
        if (syntax.IsWord(t, "day") && syntax.IsAnyWord(t - 1, LaterWords) && syntax.IsAnyWord(t - 2, SameDayOpeners))
        {
            return (t - 2, t + 1, syntax.IsWord(t - 1, "same") ? 0 : 1);
        }

        if (syntax.IsWord(t, "later") && syntax.IsAnyWord(t - 1, DayWords) && Offset(syntax, sentence, t) is var (first, days))
        {
            return (first, t + 1, days);
        }

        return null;
    }

    private static readonly WordSet SameDayOpeners = new(["the", "that"]);

    /// <summary>Reports a day counted from another event that the dated event did not fall on; the events' own words ("NATO announces") are not a party's claim.</summary>
    private static void ReportOffset(RuleContext context, Microsoft.CodeAnalysis.Text.TextSpan span, StoryEvent dated, StoryEvent anchor, int first, int end)
    {
        var claims = context.Claims;
        var eventWords = new List<int>();
        foreach (var cue in dated.Cues.Concat(anchor.Cues))
        {
            eventWords.AddRange(cue.Positions(claims, first, end));
        }

        ReportDay(context, span, eventWords, Capitalise($"{dated.Name} was {dated.When()}; {anchor.Name} was {anchor.When()}"), context.Article.Slice(span).ToString());
    }

    /// <summary>"two days", "a day", "a week", "the day" right before "after"/"before": where it starts and how many days; vague counts ("days", "a few days") give null.</summary>
    private static (int First, int Days)? Offset(ArticleSyntax syntax, Sentence sentence, int relative)
    {
        var unit = relative - 1;
        var count = relative - 2;
        if (count < sentence.FirstToken || !(syntax.IsAnyWord(unit, DayWords) || syntax.IsAnyWord(unit, WeekUnits)))
        {
            return null;
        }

        var perUnit = syntax.IsAnyWord(unit, WeekUnits) ? 7 : 1;
        if (syntax.IsWord(count, "a") || syntax.IsWord(count, "the") || syntax.IsWord(count, "one"))
        {
            return count - 1 >= sentence.FirstToken && syntax.IsWord(count - 1, "few") ? null : (count, perUnit);
        }

        var text = syntax.TextOf(count);
        if (syntax.Tokens[count].IsNumber && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 31)
        {
            return (count, n * perUnit);
        }

        return NumberWords.TryCardinal(text, out var w) && w is > 0 and <= 31 ? (count, w * perUnit) : null;
    }

    /// <summary>Of the events the clause names (less the anchors), the one whose trigger stands first: the clause's main verb ("Tusk announced that every crossing would close").</summary>
    private static StoryEvent? MainEvent(ArticleClaims claims, List<StoryEvent>? named, List<StoryEvent> anchors, int first, int end)
    {
        StoryEvent? main = null;
        var at = int.MaxValue;
        foreach (var e in named ?? [])
        {
            if (anchors.Contains(e) || e.Recurring && e.LengthOnly)
            {
                continue;
            }

            var positions = e.Cues[0].Positions(claims, first, end);
            if (positions.Count > 0 && positions[0] < at)
            {
                (main, at) = (e, positions[0]);
            }
        }

        return main;
    }

    /// <summary>Words after "N days" that make it a distance in time from something, not a length: "six days after".</summary>
    private static readonly WordSet Offsets = new(["after", "before", "later", "earlier", "ago", "since", "into", "from", "until", "prior", "ahead"]);

    /// <summary>
    /// "after a six-day run", "the drills lasted six days", "reopened after nearly two weeks": the length of an event of several days,
    /// in a clause naming it, must be its number of days (a clause naming another year speaks of
    /// another occasion of a recurring event).
    /// </summary>
    private void CheckDurations(RuleContext context)
    {
        var claims = context.Claims;
        var syntax = claims.Syntax;
        foreach (var quantity in claims.Quantities)
        {
            var unit = quantity.EndToken < syntax.Tokens.Count && syntax.Tokens[quantity.EndToken].Kind == TokenKind.Hyphen ? quantity.EndToken + 1 : quantity.EndToken;
            var weeks = syntax.IsAnyWord(unit, WeekWords);
            if (!(weeks || syntax.IsAnyWord(unit, DayWords)) || (syntax.IsAnyWord(unit + 1, Offsets) && !SinceItsOwnStart(claims, unit + 1)))
            {
                continue;
            }

            var sentence = syntax.Sentences[quantity.Sentence];
            var (first, end) = syntax.ClauseAround(sentence, quantity.FirstToken);
            if (Named(claims, first, end, lengths: true) is not { } named)
            {
                continue;
            }

            List<StoryEvent>? long_ = null;
            foreach (var e in named)
            {
                if (e.Last > e.First && e.Last.Month == e.First.Month && !(e.Recurring && NamesAnotherYear(claims, e, quantity.Sentence, first, end)))
                {
                    (long_ ??= []).Add(e);
                }
            }

            if (long_ is null || long_.Exists(e => Lasts(quantity, weeks, e.Last.DayNumber - e.First.DayNumber + 1)))
            {
                continue;
            }

            var lasted = string.Join("; ", long_.Select(e => $"{e.Name} was {e.When()}, {(e.Last.DayNumber - e.First.DayNumber + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} days"));
            var span = syntax.SpanOf(quantity.FirstToken, unit + 1);
            context.ReportContradiction(span, Capitalise(lasted), context.Article.Slice(span).ToString());
        }
    }

    /// <summary>
    /// "reopened nearly three weeks after closing them": an offset from the event's own start is its
    /// length. The word after "after" is a cue of a length-only event (its closing, its start).
    /// </summary>
    private bool SinceItsOwnStart(ArticleClaims claims, int offset)
    {
        if (!claims.Syntax.IsWord(offset, "after"))
        {
            return false;
        }

        foreach (var e in Fact)
        {
            if (e.LengthOnly && e.Cues[0].Words is { } words && claims.Syntax.IsAnyWord(offset + 1, words) && !claims.Syntax.IsWord(offset + 1, "after"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether "N days" or "N weeks" can be a length of <paramref name="days"/>: days exactly (within
    /// the hedge), weeks to the nearest half week ("nearly two weeks" for 13 days, not "nearly three weeks").
    /// </summary>
    private static bool Lasts(QuantityClaim quantity, bool weeks, int days)
    {
        if (!weeks)
        {
            return quantity.Range.Contains(days);
        }

        var range = quantity.Range;
        var low = range.Min * 7 - WeekSlack;
        var high = range.Max >= decimal.MaxValue / 8 ? decimal.MaxValue : range.Max * 7 + WeekSlack; // "more than two weeks" has no top
        return days >= low && days <= high;
    }

    /// <summary>How many days "N weeks" may be off a length and still be a fair round figure.</summary>
    private const decimal WeekSlack = 3.5m;

    private static readonly WordSet WeekWords = new(["week", "weeks"]);

    private static bool NamesAnotherYear(ArticleClaims claims, StoryEvent e, int sentence, int first, int end)
    {
        var (start, stop) = ArticleClaims.RangeOf(claims.Years, sentence);
        for (var i = start; i < stop; i++)
        {
            var year = claims.Years[i];
            if (year.Token >= first && year.Token < end && (year.Year < e.First.Year || year.Year > e.Last.Year))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "under US sanctions since 2021", "president since 2024": a year alone after "since" dates
    /// the start of the state a one-off event began; a year outside the event's is reported.
    /// </summary>
    private void CheckYearsSince(RuleContext context)
    {
        var claims = context.Claims;
        var syntax = claims.Syntax;
        foreach (var year in claims.Years)
        {
            if (year.Token == 0 || !syntax.IsWord(year.Token - 1, "since") || InDate(claims, year))
            {
                continue;
            }

            var sentence = syntax.Sentences[year.Sentence];
            var (first, end) = syntax.ClauseAround(sentence, year.Token);
            if (Named(claims, first, end) is not { } named)
            {
                continue;
            }

            List<StoryEvent>? once = null;
            foreach (var e in named)
            {
                if (!e.Recurring)
                {
                    (once ??= []).Add(e);
                }
            }

            if (once is null || once.Exists(e => year.Year >= e.First.Year && year.Year <= e.Last.Year))
            {
                continue;
            }

            var happened = string.Join("; ", once.Select(e => $"{e.Name} was {e.When()}"));
            context.ReportContradiction(year.Span, Capitalise(happened), context.Article.Slice(year.Span).ToString());
        }
    }

    private static bool InDate(ArticleClaims claims, YearClaim year)
    {
        var (start, stop) = ArticleClaims.RangeOf(claims.Dates, year.Sentence);
        for (var i = start; i < stop; i++)
        {
            if (claims.Dates[i].FirstToken <= year.Token && year.Token < claims.Dates[i].EndToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Of events named alike, those the sentence singles out by their marks, or all of them when it marks none.</summary>
    private static List<StoryEvent>? MarkedAmong(ArticleClaims claims, List<StoryEvent>? events, int sentence)
    {
        if (events is not { Count: > 1 })
        {
            return events;
        }

        var s = claims.Syntax.Sentences[sentence];
        var marked = events.FindAll(e => e.Marks is { } marks && marks.IsIn(claims, s.FirstToken, s.EndToken));
        return marked.Count > 0 ? marked : events;
    }

    /// <summary>
    /// The year a date without one is in: the nearest year stated before it in its sentence ("in
    /// February 2022, before the invasion began on 24 February"), else the story's.
    /// </summary>
    private static int? YearOf(ArticleClaims claims, DateClaim date)
    {
        if (date.Year is { } stated)
        {
            return stated;
        }

        int? nearest = null;
        var (start, stop) = ArticleClaims.RangeOf(claims.Years, date.Sentence);
        for (var i = start; i < stop && claims.Years[i].Token < date.FirstToken; i++)
        {
            nearest = claims.Years[i].Year;
        }

        return nearest;
    }

    /// <summary>
    /// Reports a day that fits none of the events named. When the reporting verb that would attribute
    /// the words is one of the event's own words ("Tusk, who announced the closure last Wednesday",
    /// "NATO announces Eastern Sentry"), the day dates the act of speaking, which the article asserts
    /// itself: the rule's own severity, not a note on a speaker's claim.
    /// </summary>
    private static void ReportDay(RuleContext context, Microsoft.CodeAnalysis.Text.TextSpan span, List<int> eventWords, string happened, string said)
    {
        var sentence = context.Syntax.SentenceOf(context.Syntax.TokenAt(span.Start));
        if (context.Claims.AttributionAt(sentence, span.Start) is { } attribution && eventWords.Contains(attribution.CueToken))
        {
            context.Report(span, happened, said);
        }
        else
        {
            context.ReportContradiction(span, happened, said);
        }
    }

    /// <summary>
    /// "Sept. 11 — Coale meets Lukashenko", "Last Wednesday in Minsk: Coale meets …": a day opening
    /// its sentence and closed by a dash or colon dates what follows it; the first token of that, or null.
    /// </summary>
    private static int? EntryBody(ArticleClaims claims, DateClaim date)
    {
        var syntax = claims.Syntax;
        var sentence = syntax.Sentences[date.Sentence];
        // Only a time stamp ("[03:15]") or "last" may stand before the day.
        for (var t = sentence.FirstToken; t < date.FirstToken; t++)
        {
            if (syntax.Tokens[t].IsWord && !(t == date.FirstToken - 1 && syntax.IsWord(t, "last")))
            {
                return null;
            }
        }

        for (var t = date.EndToken; t < sentence.EndToken && t <= date.EndToken + 3; t++)
        {
            if (syntax.IsPunctuation(t, ':') || syntax.Tokens[t].Kind == TokenKind.Dash)
            {
                return t + 1;
            }
        }

        return claims.EntryDateOf(date.Sentence) is not null ? date.EndToken + 1 : null;
    }

    private List<StoryEvent>? Named(ArticleClaims claims, int first, int end, bool lengths = false)
    {
        List<StoryEvent>? named = null;
        foreach (var e in Fact)
        {
            if (e.LengthOnly == lengths && Cue.AllIn(e.Cues, claims, first, end))
            {
                (named ??= []).Add(e);
            }
        }

        return named ?? NamedThroughPronoun(claims, first, end, lengths);
    }

    /// <summary>
    /// "The exercise is scheduled from Friday 12 to Thursday 18 September": a range of days given to
    /// an event of several days speaks of its whole span, so the event held to its length alone
    /// (its cues in the clause) is named by it too.
    /// </summary>
    private List<StoryEvent>? SpannedBy(ArticleClaims claims, DateClaim date, int first, int end)
    {
        if (date.LastDay is null || date.LastDay == date.Day)
        {
            return null;
        }

        List<StoryEvent>? named = null;
        foreach (var e in Fact)
        {
            if (e.LengthOnly && Cue.AllIn(e.Cues, claims, first, end))
            {
                (named ??= []).Add(e);
            }
        }

        return named;
    }


    /// <summary>Subjects that stand for the thing the sentence before named: "It started on Friday and runs until Monday".</summary>
    private static readonly WordSet SubjectPronouns = new(["It", "They"]);

    /// <summary>
    /// "When is Zapad-2025 taking place? It started on Friday and runs until Monday.": a sentence
    /// whose subject is "it" or "they" speaks of what the sentence before it named, so an event
    /// whose trigger ("runs until") is in the clause and whose other cues (the drills) are all in
    /// that sentence is named. Only the sentence's own first word counts as its subject, and only
    /// the sentence just before as the antecedent: a pronoun further off is not resolved.
    /// </summary>
    private List<StoryEvent>? NamedThroughPronoun(ArticleClaims claims, int first, int end, bool lengths)
    {
        var syntax = claims.Syntax;
        var index = syntax.SentenceOf(first);
        var sentence = syntax.Sentences[index];
        if (index == 0 || !syntax.IsAnyWord(sentence.FirstToken, SubjectPronouns))
        {
            return null;
        }

        var before = syntax.Sentences[index - 1];
        List<StoryEvent>? named = null;
        foreach (var e in Fact)
        {
            if (e.LengthOnly != lengths || e.Cues.Count < 2 || !e.Cues[0].IsIn(claims, first, end))
            {
                continue;
            }

            var rest = true;
            for (var c = 1; c < e.Cues.Count && rest; c++)
            {
                rest = e.Cues[c].IsIn(claims, before.FirstToken, before.EndToken);
            }

            if (rest)
            {
                (named ??= []).Add(e);
            }
        }

        return named;
    }

    private static List<DateClaim> DatesIn(ArticleClaims claims, DateClaim date, int first, int end)
    {
        var dates = new List<DateClaim> { date };
        var (start, stop) = ArticleClaims.RangeOf(claims.Dates, date.Sentence);
        for (var i = start; i < stop; i++)
        {
            var d = claims.Dates[i];
            if (d != date && d.FirstToken >= first && d.EndToken <= end)
            {
                dates.Add(d);
            }
        }

        return dates;
    }

    /// <summary>Whether the day the claim gives can be the event's.</summary>
    protected static bool Fits(DateClaim date, StoryEvent e, int defaultYear)
    {
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(e);
        if (e.Recurring && date.Year is { } stated && (stated < e.First.Year || stated > e.Last.Year))
        {
            return true; // another occasion of a recurring event ("Zapad-2021 began on 10 September 2021")
        }

        if (date.IsWeekend)
        {
            return e.FallsOn(DayOfWeek.Saturday) || e.FallsOn(DayOfWeek.Sunday);
        }

        var year = date.Year ?? (defaultYear > 0 ? defaultYear : e.First.Year);
        if (date.FirstDate(year) is { } firstDay)
        {
            var lastDay = date.LastDate(year) ?? firstDay;
            return e.Overlaps(firstDay, lastDay) && !MissesAnEnd(firstDay, lastDay, e);
        }

        if (date.Month is { } month)
        {
            var monthStart = new DateOnly(year, month, 1);
            return e.Overlaps(monthStart, monthStart.AddMonths(1).AddDays(-1));
        }

        return date.Weekday is not { } weekday || e.FallsOn(weekday);
    }

    /// <summary>
    /// "scheduled from Friday 12 to Thursday 18 September" for drills held 12–16: a range of days
    /// that keeps one end of the event's days gives the other end wrong. A day's slack either way
    /// is allowed (the night a closure ends, an inclusive or exclusive last day) unless the event's
    /// ends are exact (<see cref="StoryEvent.ExactEnds"/>), and an event known
    /// only to its month ("in December") has no ends to miss.
    /// </summary>
    private static bool MissesAnEnd(DateOnly first, DateOnly last, StoryEvent e)
    {
        if (first == last || e.First == e.Last || (e.First.Day == 1 && e.Last.AddDays(1).Day == 1))
        {
            return false;
        }

        // "the night of 10–11 September" for an overnight event of the 9th to the 10th: a night is its two days exactly.
        if (last.DayNumber - first.DayNumber == 1 && e.Last.DayNumber - e.First.DayNumber == 1)
        {
            return first != e.First;
        }

        var slack = e.ExactEnds ? 0 : 1;
        bool Near(DateOnly a, DateOnly b) => Math.Abs(a.DayNumber - b.DayNumber) <= slack;
        return (first == e.First && !Near(last, e.Last)) || (last == e.Last && !Near(first, e.First));
    }

    /// <summary>
    /// "officers sat among observers on 15 September, days after Coale secured …": a cue of the event
    /// found only past an "after" or "before" that follows the day belongs to another time than the day.
    /// </summary>
    private static bool CueBeyondRelative(ArticleClaims claims, StoryEvent e, DateClaim date, int first, int end)
    {
        foreach (var cue in e.Cues)
        {
            var positions = cue.Positions(claims, first, end);
            if (positions.Count > 0 && positions.TrueForAll(p => p > date.EndToken && claims.HasAnyWord(date.EndToken, p, RelativeWords)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"remain shut today", "still closed on Monday", "coming to an end": a lasting state, or an event still to come, on the day.</summary>
    private static bool HoldsAsState(ArticleClaims claims, List<int> triggers, DateClaim date, int clauseStart)
    {
        var trigger = NearestTo(triggers, date.FirstToken) ?? date.FirstToken;
        var syntax = claims.Syntax;
        // "are coming to an end", "drawing to a close": the event is near, not come.
        var approaching = trigger >= 2 && syntax.IsWord(trigger - 2, "to") && (syntax.IsWord(trigger - 1, "an") || syntax.IsWord(trigger - 1, "a"));
        // "kept every crossing on its border with Belarus shut": "kept" may stand before a long object.
        return approaching || claims.HasAnyWord(Math.Max(clauseStart, trigger - 3), trigger, StateWords)
            || claims.HasAnyWord(Math.Max(clauseStart, trigger - KeptReach), trigger, KeptWords);
    }

    private static bool RelativeBetween(ArticleClaims claims, List<int> triggers, DateClaim date)
    {
        var trigger = NearestTo(triggers, date.FirstToken) ?? date.FirstToken;
        // Between the two, not the trigger itself: "runs until Wednesday" ties "until" to its day.
        var (from, to) = trigger < date.FirstToken ? (trigger + 1, date.FirstToken) : (date.EndToken, trigger);
        return claims.HasAnyWord(from, to, RelativeWords);
    }

    private static DateClaim? NearestDate(List<int> triggers, List<DateClaim> dates)
    {
        DateClaim? nearest = null;
        var best = int.MaxValue;
        foreach (var date in dates)
        {
            var distance = NearestTo(triggers, date.FirstToken) is { } t ? Math.Abs(t - date.FirstToken) : 0;
            if (distance < best)
            {
                (nearest, best) = (date, distance);
            }
        }

        return nearest;
    }

    private static int? NearestTo(List<int> tokens, int token)
    {
        int? nearest = null;
        foreach (var t in tokens)
        {
            if (nearest is not { } n || Math.Abs(t - token) < Math.Abs(n - token))
            {
                nearest = t;
            }
        }

        return nearest;
    }

    /// <summary>The message's words: "{0}; the article says \"{1}\"" fills {0} with the events and their days.</summary>
    public const string MessageFormat = KindMessages.ArticleSays;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
