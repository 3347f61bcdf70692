using System.Collections.Frozen;
using System.Globalization;
using Consistency.Text;
using Humanizer;

namespace Consistency.Claims;

/// <summary>
/// Reads numbers written in words ("twenty-three", "two hundred thousand", "a dozen", "fourth").
/// The vocabulary comes from Humanizer's own <c>ToWords</c>/<c>ToOrdinalWords</c>, so this reads
/// back exactly what Humanizer writes; only "dozen", which Humanizer never writes, is added.
/// </summary>
public static class NumberWords
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    private static readonly FrozenDictionary<string, int> Cardinals = BuildCardinals();

    private static readonly FrozenDictionary<string, int> Ordinals = BuildOrdinals();

    // int, as the other tables (up to a billion): a table of long would be more framework code compiled at start-up.
    private static readonly FrozenDictionary<string, int> Scales = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        [LastWord(100.ToWords(English))] = 100,
        [LastWord(1_000.ToWords(English))] = 1_000,
        [LastWord(1_000_000.ToWords(English))] = 1_000_000,
        [LastWord(1_000_000_000.ToWords(English))] = 1_000_000_000,
        ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The scale words ("thousand", "million", "dozen"), tested by one bit before they are looked up.</summary>
    internal static readonly WordSet ScaleWords = new(Scales.Keys);

    /// <summary>Every word a number in words can start with; most tokens fail this, by one bit, before any lookup.</summary>
    internal static readonly WordSet FirstWords = new(Cardinals.Keys.Concat(Scales.Keys).Append("a"));

    /// <summary>Cardinals and scales: every number in words holds one ("a" alone is no number).</summary>
    internal static readonly WordSet CountWords = new(Cardinals.Keys.Concat(Scales.Keys));

    /// <summary>The cardinal a single word names ("seven" → 7, "ninety" → 90), if any.</summary>
    public static bool TryCardinal(ReadOnlySpan<char> word, out int value) =>
        Cardinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value);

    /// <summary>The multiplier a scale word names ("thousand" → 1,000, "million", "dozen").</summary>
    public static bool TryScale(ReadOnlySpan<char> word, out long value)
    {
        var found = Scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var scale);
        value = scale;
        return found;
    }

    /// <summary>The ordinal a single word names ("fourth" → 4), if any.</summary>
    public static bool TryOrdinal(ReadOnlySpan<char> word, out int value) =>
        Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value);

    /// <summary>
    /// Reads a number in words starting at <paramref name="start"/>; <paramref name="end"/> is the
    /// token after it. "a" counts as one only before a scale ("a dozen", "a hundred").
    /// </summary>
    public static bool TryRead(ArticleSyntax syntax, int start, int limit, out decimal value, out int end)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        if (start < limit && syntax.Tokens[start].IsWord && !syntax.IsAnyWord(start, FirstWords))
        {
            value = 0;
            end = start;
            return false;
        }

        decimal total = 0, current = 0;
        var any = false;
        var lastWasTens = false;
        var lastWasScale = false;
        decimal lastScale = 0;
        end = start;
        var i = start;
        while (i < limit && syntax.Tokens[i].IsWord)
        {
            var word = syntax.TextOf(i);
            if (TryCardinal(word, out var n))
            {
                var joinsTens = lastWasTens && n is > 0 and < 10;
                if (any && !joinsTens && !lastWasScale && current != 0)
                {
                    break;
                }

                current += n;
                lastWasTens = n >= 20 && n % 10 == 0;
                lastWasScale = false;
            }
            else if (Scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var scale) && (any || IsArticleBefore(syntax, i, start)))
            {
                current = (current == 0 ? 1 : current) * scale;
                lastScale = scale;
                if (scale >= 1000)
                {
                    total += current;
                    current = 0;
                }

                lastWasTens = false;
                lastWasScale = true;
            }
            else if (word.Equals("a", StringComparison.OrdinalIgnoreCase) && !any && i + 1 < limit
                && Scales.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(syntax.TextOf(i + 1)))
            {
                i++;
                continue;
            }
            else if (any && lastWasScale && lastScale > 1 && i + 2 < limit && word.Equals("and", StringComparison.OrdinalIgnoreCase)
                && syntax.IsWord(i + 1, "a") && syntax.IsWord(i + 2, "half"))
            {
                // "two dozen and a half": half of the last scale more.
                current += lastScale / 2;
                i += 3;
                end = i;
                continue;
            }
            else if (any && word.Equals("and", StringComparison.OrdinalIgnoreCase) && i + 1 < limit && TryCardinal(syntax.TextOf(i + 1), out _))
            {
                i++;
                continue;
            }
            else
            {
                break;
            }

            any = true;
            i++;
            end = i;
            // "twenty-three": a hyphen joins a tens word to its unit.
            if (lastWasTens && i + 1 < limit && syntax.Tokens[i].Kind == TokenKind.Hyphen && TryCardinal(syntax.TextOf(i + 1), out var unit) && unit is > 0 and < 10)
            {
                i++;
            }
        }

        value = total + current;
        return any;
    }

    private static bool IsArticleBefore(ArticleSyntax syntax, int i, int start) =>
        i > start && syntax.IsWord(i - 1, "a");

    private static FrozenDictionary<string, int> BuildCardinals()
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var n = 0; n < 20; n++)
        {
            words[n.ToWords(English)] = n;
        }

        for (var n = 20; n < 100; n += 10)
        {
            words[n.ToWords(English)] = n;
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, int> BuildOrdinals()
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var n = 1; n <= 20; n++)
        {
            words[n.ToOrdinalWords(English)] = n;
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static string LastWord(string words) => words[(words.LastIndexOf(' ') + 1)..];
}
