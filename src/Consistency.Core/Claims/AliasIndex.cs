using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Entity aliases split into tokens once and indexed by their first word, so matching an article
/// against hundreds of aliases costs one lookup per word.
/// </summary>
internal sealed class AliasIndex
{
    private readonly Dictionary<string, List<AliasCandidate>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);

    // Every alias's first word, bare and possessive ("Trump", "Trump's"): a token that is neither is
    // rejected by one bit of its vocabulary number, before any text is looked at.
    private readonly WordSet _firstWords;

    /// <summary>Every word a mention can start with: no token outside this set starts one.</summary>
    public WordSet FirstWords => _firstWords;

    /// <summary>The candidates by the vocabulary number of their first word, bare or possessive: no text is hashed for a stamped token.</summary>
    private readonly List<AliasCandidate>?[] _byWordId;

    public AliasIndex(IReadOnlyList<Entity> entities)
    {
        foreach (var entity in entities)
        {
            foreach (var alias in entity.Aliases)
            {
                var tokens = Tokenizer.Tokenize(alias);
                // Loops, not Select: LINQ over tokens (a struct) and into bools is framework code compiled at start-up.
                var parts = new string[tokens.Length];
                var acronyms = new bool[tokens.Length];
                for (var i = 0; i < tokens.Length; i++)
                {
                    parts[i] = Normalize(alias.AsSpan(tokens[i].Start, tokens[i].Length));
                    acronyms[i] = IsAcronym(parts[i]);
                }

                if (parts.Length == 0)
                {
                    continue;
                }

                if (!_byFirstWord.TryGetValue(parts[0], out var list))
                {
                    _byFirstWord[parts[0]] = list = [];
                }

                list.Add(new AliasCandidate(parts, acronyms, entity.Id));
            }
        }

        _firstWords = new WordSet(_byFirstWord.Keys.Concat(_byFirstWord.Keys.Select(word => word + "'s")));
        var vocabulary = Vocabulary.Current;
        _byWordId = new List<AliasCandidate>?[vocabulary.Count + 1];
        // As TryMatch reads text: a possessive-looking token is looked up without its "'s".
        foreach (var (word, list) in _byFirstWord)
        {
            if (WithoutPossessive(word).Length == word.Length)
            {
                _byWordId[vocabulary.Find(word)] = list;
            }
        }

        foreach (var (word, list) in _byFirstWord)
        {
            _byWordId[vocabulary.Find(word + "'s")] = list;
        }

        _byWordId[0] = null; // a word past the vocabulary's last number is looked up by text
        foreach (var list in _byFirstWord.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                list[i] = list[i] with { FirstWordId = vocabulary.Find(list[i].Parts[0]) };
            }

            // Longest alias first: "United States Air Force" wins over "United States".
            list.Sort((a, b) => b.Parts.Length.CompareTo(a.Parts.Length));
        }
    }

    private Dictionary<string, List<AliasCandidate>>.AlternateLookup<ReadOnlySpan<char>> Lookup =>
        _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The entity whose alias starts at <paramref name="token"/>, and the token after it.</summary>
    public bool TryMatch(ArticleSyntax syntax, int token, int limit, out string entityId, out int end)
    {
        entityId = "";
        end = token;
        if (!syntax.Tokens[token].IsWord)
        {
            return false;
        }

        if (!syntax.IsAnyWord(token, _firstWords))
        {
            return false;
        }

        var wordId = syntax.Tokens[token].WordId;
        var stamped = syntax.IsStampedFor(_firstWords);
        var candidates = stamped && wordId < _byWordId.Length ? _byWordId[wordId] : null;
        if (candidates is null)
        {
            var raw = WithoutPossessive(syntax.TextOf(token));
            var cleaned = syntax.Tokens[token].Has(TokenFlags.HasIgnorable) ? Normalize(syntax.CleanTextOf(token))
                : raw.Contains('\u2019') ? Normalize(raw) : null;
            if (!Lookup.TryGetValue(cleaned is null ? raw : cleaned.AsSpan(), out candidates))
            {
                return false;
            }
        }

        // A first word matched by its number: most aliases are one word ("Belarus", "Minsk").
        var plainFirstWord = stamped && wordId != 0 && !syntax.Tokens[token].Has(TokenFlags.HasIgnorable);
        foreach (var candidate in candidates)
        {
            var (parts, acronyms, id) = candidate;
            if (token + parts.Length > limit)
            {
                continue;
            }

            var matches = true;
            var k = plainFirstWord && !acronyms[0] && candidate.FirstWordId == wordId ? 1 : 0;

            for (; k < parts.Length && matches; k++)
            {
                var text = syntax.TextOf(token + k);
                matches = PartMatches(text, parts[k], acronyms[k]) || (k == parts.Length - 1 && PartMatches(WithoutPossessive(text), parts[k], acronyms[k]));
            }

            if (matches)
            {
                entityId = id;
                end = token + parts.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>"Trump’s" → "Trump", "Belarus’s" → "Belarus": a possessive names the same entity.</summary>
    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word[^1] is 's' or 'S') && CharClass.IsApostrophe(word[^2]) ? word[..^2] : word;

    /// <summary>Acronyms (decided once per alias part) match in their own case only: "US" is the country, "us" a pronoun.</summary>
    private static bool PartMatches(ReadOnlySpan<char> text, string part, bool acronym) =>
        acronym ? text.SequenceEqual(part) : WordComparer.Equal(text, part);

    private static bool IsAcronym(string part)
    {
        var letters = 0;
        foreach (var c in part)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static string Normalize(ReadOnlySpan<char> text) => text.ToString().Replace('\u2019', '\'');
}
