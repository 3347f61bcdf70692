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

    /// <summary>"Friday 12 September 2025", "9 to 10 September 2025", "August 2023": the event's days for a message.</summary>
    public string Days()
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (First == Last)
        {
            return First.ToString("dddd d MMMM yyyy", invariant);
        }

        if (First.Day == 1 && Last == new DateOnly(Last.Year, Last.Month, DateTime.DaysInMonth(Last.Year, Last.Month)) && First.Month == Last.Month)
        {
            return First.ToString("MMMM yyyy", invariant);
        }

        return First.Month == Last.Month
            ? $"{First.ToString("dddd d", invariant)} to {Last.ToString("dddd d MMMM yyyy", invariant)}"
            : $"{First.ToString("d MMMM", invariant)} to {Last.ToString("d MMMM yyyy", invariant)}";
    }
}
