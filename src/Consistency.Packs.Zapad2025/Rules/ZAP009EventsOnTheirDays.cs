using Consistency.Claims;
using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Each dated event of the story happened on its own day.</summary>
/// <remarks>
/// Drones entered Poland overnight Tuesday 9 to Wednesday 10 September; Coale met Lukashenko and
/// 52 prisoners were freed on Thursday 11; Zapad-2025 began on Friday 12; a drone entered Romania on
/// Saturday 13; the US officers visited on Monday 15; Putin was at Mulino on Tuesday 16.
/// Flags a weekday, date or weekend given to an event in the same clause that happened on another
/// day: "[|Over the weekend|], Poland shot down several Russian drones", "the drills began on
/// [|Saturday|]", "began on [|10 September|]". Accepts the right days, and a clause that names two
/// events when the day fits either ("started Friday, just days after drones crossed into Poland").
/// </remarks>
public sealed class ZAP009EventsOnTheirDays : Rule
{
    private static readonly WordSet RelativeWords = new(["after", "before", "since", "until", "ahead", "following", "later", "earlier", "recalled", "ago"]);

    public override RuleDescriptor Descriptor { get; } = ZapadDescriptor.Create(
        RuleIds.EventsOnTheirDays,
        "An event is put on the wrong day",
        "{0} happened on {1}; the article says \"{2}\"",
        RuleCategories.Chronology,
        Severity.Error,
        "The story's events each have a known day in September 2025 (story file, sections 2–5).",
        [Evidence.TassDrones, Evidence.ArabNewsDrones, Evidence.PravdaRomania, Evidence.SalemCoale, Evidence.TassStart, Evidence.MoscowTimesUsOfficers],
        ["Over the weekend, Poland shot down several Russian drones", "the drills began on Saturday", "Coale met Lukashenko on Tuesday", "US officers visited on Sunday"],
        ["The drills kicked off on Friday", "U.S. officers made a visit on Monday", "Over the weekend NATO jets scrambled over Romania", "On Thursday, Belarus pardoned 52 political prisoners", "The exercise started Friday, just days after Russian drones crossed into Poland"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        foreach (var date in claims.Dates)
        {
            if ((date.Year is { } year && year != StoryFacts.CurrentEdition) || (date.Month is { } month && month != 9))
            {
                continue;
            }

            var sentence = claims.Syntax.Sentences[date.Sentence];
            var (first, end) = claims.Syntax.ClauseAround(sentence, date.FirstToken);
            var events = EventsNamed(claims, first, end);
            if (events is null)
            {
                continue; // the clause names no event: most dates
            }

            var datesInClause = ArticleClaims.InSentence(claims.Dates, date.Sentence).Where(d => d.FirstToken >= first && d.EndToken <= end).ToList();
            events = events.Where(e =>
            {
                var triggers = Triggers(claims, e, first, end); // once per event: both tests below need them
                return NearestDate(triggers, datesInClause) == date && !RelativeBetween(claims, triggers, date);
            }).ToList();
            if (events.Count == 0 || events.Exists(e => Fits(date, e)))
            {
                continue; // no event is this date's, or the day fits
            }

            var wrong = events[0];
            context.ReportContradiction(date.Span, Capitalise(wrong.Name[..wrong.Name.IndexOf(" (", StringComparison.Ordinal)]), Day(wrong), context.Article.Slice(date.Span).ToString());
        }
    }

    /// <summary>The events the clause names, in the story's order, or null for none (most clauses: no list is made for them).</summary>
    private static List<StoryEvent>? EventsNamed(ArticleClaims claims, int first, int end)
    {
        List<StoryEvent>? named = null;
        for (var i = 0; i < StoryEvents.All.Count; i++)
        {
            if (Names(claims, StoryEvents.All[i], first, end))
            {
                (named ??= []).Add(StoryEvents.All[i]);
            }
        }

        return named;
    }

    /// <summary>"On Monday, officials recalled that drones had crossed …": a relative word between the day and the event unties them.</summary>
    private static bool RelativeBetween(ArticleClaims claims, List<int> triggers, DateClaim date)
    {
        var trigger = NearestTo(triggers, date.FirstToken) ?? date.FirstToken;
        var (from, to) = trigger < date.FirstToken ? (trigger, date.FirstToken) : (date.EndToken, trigger);
        return claims.HasAnyWord(from, to, RelativeWords);
    }

    /// <summary>Where the clause names the event: its first group's words, else its entities.</summary>
    private static List<int> Triggers(ArticleClaims claims, StoryEvent e, int first, int end)
    {
        var words = e.Words[0];
        var triggers = new List<int>();
        for (var t = first; t < end; t++)
        {
            if (claims.Syntax.IsAnyWord(t, words))
            {
                triggers.Add(t);
            }
        }

        if (triggers.Count == 0)
        {
            triggers = claims.EntitiesBetween(first, end).Where(m => e.Entities.Contains(m.EntityId)).Select(m => m.FirstToken).ToList();
        }

        return triggers;
    }

    /// <summary>The date in the clause nearest to the event's trigger words ("began", "met", "drones").</summary>
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

    /// <summary>The first of the tokens nearest to <paramref name="token"/>; null when there are none. (Loops, not MinBy: LINQ over ints is compiled at start-up.)</summary>
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

    private static bool Fits(DateClaim date, StoryEvent e)
    {
        if (date.IsWeekend)
        {
            return e.FallsOn(DayOfWeek.Saturday) || e.FallsOn(DayOfWeek.Sunday);
        }

        if (date.Day is { } day)
        {
            // A loop, not Contains/Any: LINQ over ints is framework code compiled at start-up.
            foreach (var d in e.Days)
            {
                if (d == day || (date.LastDay is { } last && d >= day && d <= last))
                {
                    return true;
                }
            }

            return false;
        }

        return date.Weekday is { } weekday && e.FallsOn(weekday);
    }

    /// <summary>Whether the clause names the event: a word (or entity) of every one of its groups.</summary>
    internal static bool Names(ArticleClaims claims, StoryEvent e, int first, int end)
    {
        for (var g = 0; g < e.WordGroups.Count; g++)
        {
            var words = e.Words[g];
            var entity = g < e.Entities.Count ? e.Entities[g] : "";
            var found = (words.Count > 0 && claims.HasAnyWord(first, end, words)) || (entity.Length > 0 && claims.MentionsIn(first, end, entity));
            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static string Day(StoryEvent e) =>
        string.Join(" to ", e.Days.Select(d => new DateTime(StoryFacts.CurrentEdition, 9, d).ToString("dddd d MMMM", System.Globalization.CultureInfo.InvariantCulture)));

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
