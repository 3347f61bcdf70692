namespace Consistency.Rules.Kinds;

/// <summary>
/// A dated event of a story's model: what it is called in messages, the days it took (an
/// overnight event has two, a month-long one a month), and the cues a clause must fill to speak of
/// it. A <see cref="Recurring"/> event (the start of an exercise held every few years) is told
/// apart from its other occasions by year: a date in another year is another occasion, not an error.
/// </summary>
public sealed record StoryEvent(string Name, DateOnly First, DateOnly Last, IReadOnlyList<Cue> Cues)
{
    public StoryEvent(string name, DateOnly day, IReadOnlyList<Cue> cues)
        : this(name, day, day, cues)
    {
    }

    /// <summary>The same words name this event in other years ("the drills began on Friday").</summary>
    public bool Recurring { get; init; }

    /// <summary>
    /// The event is held to its length only ("a five-day run"): its days are its whole span, so a
    /// day inside it says nothing about its start or end, which other events of the model hold.
    /// </summary>
    public bool LengthOnly { get; init; }

    /// <summary>
    /// The event's first and last days are fixed to the day and counted one way only (an exercise's
    /// programme, not a closure that ends some night): a range off by one day at either end is wrong.
    /// Without it a range may miss an end by a day (inclusive or exclusive last days).
    /// </summary>
    public bool ExactEnds { get; init; }

    /// <summary>
    /// Words that single the event out among events named alike (the June release among three:
    /// "June", "14", "Tsikhanouski"). When the sentence holds one event's marks, the day is held to
    /// the events whose marks it holds.
    /// </summary>
    public Cue? Marks { get; init; }

    /// <summary>Whether a day of the event falls on the weekday.</summary>
    public bool FallsOn(DayOfWeek weekday)
    {
        for (var day = First; day <= Last && day <= First.AddDays(6); day = day.AddDays(1))
        {
            if (day.DayOfWeek == weekday)
            {
                return true;
            }
        }

        return Last.DayNumber - First.DayNumber >= 6;
    }

    /// <summary>Whether the event overlaps the days [first, last].</summary>
    public bool Overlaps(DateOnly first, DateOnly last) => first <= Last && last >= First;

    /// <summary>"on Friday 12 September 2025", "from Friday 12 to Tuesday 16 September 2025", "in August 2023": when it was, for "X was …".</summary>
    public string When()
    {
        var days = Days();
        return First == Last ? "on " + days : IsWholeMonth ? "in " + days : "from " + days;
    }

    private bool IsWholeMonth => First.Day == 1 && First.Month == Last.Month && Last == new DateOnly(Last.Year, Last.Month, DateTime.DaysInMonth(Last.Year, Last.Month));

    /// <summary>"Friday 12 September 2025", "9 to 10 September 2025", "August 2023": the event's days for a message.</summary>
    public string Days()
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (First == Last)
        {
            return First.ToString("dddd d MMMM yyyy", invariant);
        }

        if (IsWholeMonth)
        {
            return First.ToString("MMMM yyyy", invariant);
        }

        return First.Month == Last.Month
            ? $"{First.ToString("dddd d", invariant)} to {Last.ToString("dddd d MMMM yyyy", invariant)}"
            : $"{First.ToString("d MMMM", invariant)} to {Last.ToString("d MMMM yyyy", invariant)}";
    }
}
