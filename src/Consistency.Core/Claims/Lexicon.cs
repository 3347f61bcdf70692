using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// What a rule pack tells the claims readers about its story: the recurring series it follows
/// ("Zapad") and the entities with their aliases. The engine itself knows no story.
/// </summary>
public sealed class Lexicon
{
    /// <summary>
    /// Nouns that name an edition of any recurring event ("the 2021 edition", "the previous round").
    /// A story's own nouns for its series (an exercise's "drills", a summit's "meeting") are its
    /// pack's to add, passed as <c>editionNouns</c>.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultEditionNouns =
    [
        "edition", "editions", "round", "rounds", "iteration", "iterations", "installment", "instalment",
    ];

    public Lexicon(IReadOnlyList<string> seriesNames, IReadOnlyList<Entity> entities, IReadOnlyList<string>? editionNouns = null, int? storyYear = null)
    {
        StoryYear = storyYear;
        SeriesNames = seriesNames;
        Entities = entities;
        EditionNouns = editionNouns ?? DefaultEditionNouns;
        SeriesNameSet = new WordSet(seriesNames);
        EditionNounSet = new WordSet(EditionNouns);
        SeriesNameOrEditionNoun = WordSet.Union(SeriesNameSet, EditionNounSet);
        EntityIndex = new AliasIndex(entities);
        _kinds = entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
        _voices = entities.Where(e => e.SpeaksFor is not null).GroupBy(e => e.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().SpeaksFor!, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, string> _kinds;

    private readonly Dictionary<string, string> _voices;

    /// <summary>The party an entity speaks for (<see cref="Entity.SpeaksFor"/>), or the entity itself.</summary>
    public string VoiceOf(string entityId) => _voices.GetValueOrDefault(entityId) ?? entityId;

    /// <summary>The kind of an entity ("person", "country", "place", "organization"), or null if unknown.</summary>
    public string? KindOf(string entityId) => _kinds.GetValueOrDefault(entityId);

    public static Lexicon Empty { get; } = new([], []);

    public IReadOnlyList<string> SeriesNames { get; }

    /// <summary>
    /// The year the story happens in, for a dateline or a date that gives no year ("Sept. 15"):
    /// outlets write the year only when it is not the current one.
    /// </summary>
    public int? StoryYear { get; }

    public IReadOnlyList<Entity> Entities { get; }

    public IReadOnlyList<string> EditionNouns { get; }

    internal AliasIndex EntityIndex { get; }

    internal WordSet SeriesNameSet { get; }

    internal WordSet EditionNounSet { get; }

    internal WordSet SeriesNameOrEditionNoun { get; }
}
