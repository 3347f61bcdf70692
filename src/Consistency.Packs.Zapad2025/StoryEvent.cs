using Consistency.Text;

namespace Consistency.Packs.Zapad2025;

/// <summary>
/// A dated event of the story and how a sentence names it: it needs one word of each
/// <see cref="WordGroups"/> group (or an entity of <see cref="Entities"/> for that group).
/// <see cref="Days"/> lists the September 2025 days it may be given (an overnight event has two).
/// </summary>
internal sealed record StoryEvent(string Name, IReadOnlyList<int> Days, IReadOnlyList<IReadOnlyList<string>> WordGroups)
{
    /// <summary>Entity IDs that count as a word of the group with the same index ("" where the group is words only).</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>Each group's words without the "" that marks an entity-only slot, built once per event.</summary>
    public IReadOnlyList<WordSet> Words { get; } = [.. WordGroups.Select(g => new WordSet(g.Where(w => w.Length > 0)))];

    /// <summary>Whether one of the event's days is that day of the week.</summary>
    public bool FallsOn(DayOfWeek weekday)
    {
        foreach (var day in Days)
        {
            if (new DateTime(StoryFacts.CurrentEdition, 9, day).DayOfWeek == weekday)
            {
                return true;
            }
        }

        return false;
    }
}
