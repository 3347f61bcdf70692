using System.Collections.Frozen;

namespace Consistency.Text;

/// <summary>Words that a full stop follows without ending the sentence ("Lt. Col.", "Sept. 15", "Gen. Breuer").</summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> Titles = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Adm", "Cmdr", "Brig",
        "Gov", "Sen", "Rep", "Pres", "Rev", "St", "Jr", "Sr", "Mt", "Ft", "Hon", "Amb", "Messrs",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Inc", "Ltd", "Co", "Corp", "vs", "approx", "est", "fig", "al", "cf", "ca",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that usually open a sentence, so an acronym's final dot before them ends one ("in the U.S. The …").</summary>
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "The", "A", "An", "But", "And", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those",
        "In", "On", "At", "Its", "Their", "His", "Her", "However", "Meanwhile", "Still", "Yet", "So", "There",
        "After", "Before", "When", "While", "As", "Now", "Then", "Last", "Earlier", "Later",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The span lookups made once: getting one checks the set's comparer each time, and the segmenter asks at every full stop.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsTitleOrShortForm(ReadOnlySpan<char> word) => TitleLookup.Contains(word);

    public static bool IsSentenceOpener(ReadOnlySpan<char> word) => OpenerLookup.Contains(word);
}
