using Consistency.Claims;
using Consistency.Text;

namespace Consistency.Rules.Kinds;

/// <summary>
/// One slot a clause must fill to speak of a fact: one of some words ("began", "started",
/// "kicked") or a mention of one of some entities (Poland under any of its names). A fact's cues
/// are all required: "drones" + an incursion word + Poland names the incursion into Poland.
/// </summary>
public sealed class Cue
{
    private Cue(WordSet words, IReadOnlyList<string> entities, IReadOnlyList<string>? numbers = null)
    {
        Words = words;
        // Arrays: asked per clause, the interfaces' Count and indexer were calls through a table.
        _entities = [.. entities];
        _numbers = numbers is null ? [] : [.. numbers];
    }

    private readonly string[] _entities;
    private readonly string[] _numbers;

    /// <summary>Any of these words fills the slot.</summary>
    public static Cue Any(params IEnumerable<string> words) => new(new WordSet(words), []);

    /// <summary>A mention of any of these entities fills the slot.</summary>
    public static Cue Entity(params IReadOnlyList<string> entityIds) => new(new WordSet([]), entityIds);

    /// <summary>A number written as one of these fills the slot ("2013" in "Zapad-2013").</summary>
    public static Cue Number(params IReadOnlyList<string> numbers) => new(new WordSet([]), [], numbers);

    /// <summary>The same slot, also filled by a mention of any of these entities.</summary>
    public Cue OrEntity(params IReadOnlyList<string> entityIds) => new(Words, [.. Entities, .. entityIds], Numbers);

    /// <summary>The same slot, also filled by a number written as one of these ("1981", "81" in "Zapad-81").</summary>
    public Cue OrNumber(params IReadOnlyList<string> numbers) => new(Words, Entities, [.. Numbers, .. numbers]);

    /// <summary>Numbers, by their digits, that fill the slot.</summary>
    public IReadOnlyList<string> Numbers => _numbers;

    public WordSet Words { get; }

    public IReadOnlyList<string> Entities => _entities;

    /// <summary>Whether the tokens [first, end) fill the slot.</summary>
    public bool IsIn(ArticleClaims claims, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(claims);
        // Token by token (one bit test each), not through the sentence cue masks: a story model has
        // many cues, and every set given a cue bit takes one of the 63 the whole engine shares.
        if (Words.Count > 0 && first < end && ContainsWord(claims.Syntax, first, end))
        {
            return true;
        }

        for (var t = first; t < end && _numbers.Length > 0; t++)
        {
            if (claims.Syntax.Tokens[t].IsNumber && IsOneOfNumbers(claims.Syntax.TextOf(t)))
            {
                return true;
            }
        }

        if (_entities.Length == 0)
        {
            return false;
        }

        return FirstMention(claims, first, end) >= 0;
    }

    /// <summary>
    /// Whether a token in [first, end) is one of the words. Whether the tokens carry the set's numbers
    /// is asked once, not at each token: a story's facts ask this of every clause holding a claim.
    /// </summary>
    private bool ContainsWord(ArticleSyntax syntax, int first, int end)
    {
        if (!syntax.IsStampedFor(Words))
        {
            for (var t = first; t < end; t++)
            {
                if (syntax.IsAnyWord(t, Words))
                {
                    return true;
                }
            }

            return false;
        }

        var tokens = syntax.Tokens.AsSpan();
        for (var t = Math.Max(first, 0); t < end && t < tokens.Length; t++)
        {
            if (Words.ContainsWordId(tokens[t].WordId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A loop, not Any(…): asked for every number of every clause a fact reads, a closure per call would be garbage per number.</summary>
    private bool IsOneOfNumbers(ReadOnlySpan<char> text)
    {
        foreach (var number in _numbers)
        {
            if (text.SequenceEqual(number))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token in [first, end) where one of the cue's entities is named, or -1 (loops, no iterator: asked per claim).</summary>
    private int FirstMention(ArticleClaims claims, int first, int end)
    {
        if (first >= end || claims.Syntax.Sentences.Count == 0)
        {
            return -1;
        }

        for (var s = claims.Syntax.SentenceOf(first); s <= claims.Syntax.SentenceOf(end - 1); s++)
        {
            var (start, stop) = ArticleClaims.RangeOf(claims.Entities, s);
            for (var i = start; i < stop; i++)
            {
                var mention = claims.Entities[i];
                if (mention.FirstToken >= first && mention.EndToken <= end && Array.IndexOf(_entities, mention.EntityId) >= 0)
                {
                    return mention.FirstToken;
                }
            }
        }

        return -1;
    }

    /// <summary>Where in [first, end) the slot's words stand (for a fact's trigger), else where its entities are named.</summary>
    public List<int> Positions(ArticleClaims claims, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var found = new List<int>();
        for (var t = first; t < end && Words.Count > 0; t++)
        {
            if (claims.Syntax.IsAnyWord(t, Words))
            {
                found.Add(t);
            }
        }

        if (found.Count == 0)
        {
            foreach (var mention in claims.EntitiesBetween(first, end))
            {
                if (Entities.Contains(mention.EntityId))
                {
                    found.Add(mention.FirstToken);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the sentence, or it and the one before, fill every cue: the setting a clause leans on
    /// ("Belarus invited observers. Poland declined; Latvia accepted.").
    /// </summary>
    public static bool AllAround(IReadOnlyList<Cue> cues, ArticleClaims claims, int sentence)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(claims);
        if (cues.Count == 0)
        {
            return true;
        }

        var syntax = claims.Syntax;
        var from = sentence > 0 ? syntax.Sentences[sentence - 1].FirstToken : syntax.Sentences[sentence].FirstToken;
        return AllIn(cues, claims, from, syntax.Sentences[sentence].EndToken);
    }

    /// <summary>Whether every cue is filled in [first, end).</summary>
    public static bool AllIn(IReadOnlyList<Cue> cues, ArticleClaims claims, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(cues);
        // By index: foreach over the interface allocated an enumerator per call, and this is asked per clause and fact.
        for (var i = 0; i < cues.Count; i++)
        {
            if (!cues[i].IsIn(claims, first, end))
            {
                return false;
            }
        }

        return true;
    }
}
