using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Reads stated cadences: "every four years", "every 4 years", "once every two years",
/// "every fourth year", "every other year", "every year", "quadrennial", "biennial",
/// "annual", "a four-year cycle".
/// </summary>
internal sealed class RecurrenceReader : IClaimReader
{
    private static readonly WordSet YearNouns = new(["year", "years"]);

    private static readonly WordSet YearAfterHyphen = new(["year", "yearly"]);

    private static readonly (string Word, decimal Years)[] Adjectives =
    [
        ("quadrennial", 4), ("quadrennially", 4), ("triennial", 3), ("triennially", 3),
        ("biennial", 2), ("biennially", 2), ("annual", 1), ("annually", 1), ("yearly", 1),
        ("quinquennial", 5), ("decennial", 10),
    ];

    private static readonly WordSet CycleNouns = new(["cycle", "interval", "rotation", "rhythm", "schedule", "cadence", "gap", "intervals", "cycles"]);

    public void Read(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        foreach (var index in syntax.SentencesWith(Cues))
        {
            var sentence = syntax.Sentences[index];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (TryOnceIn(syntax, t, sentence.EndToken, out var years, out var end)
                    || TryEvery(syntax, t, sentence.EndToken, out years, out end)
                    || TryAdjective(syntax, t, out years, out end)
                    || TryCycle(syntax, t, sentence.EndToken, out years, out end))
                {
                    claims.Recurrences.Add(new RecurrenceClaim(syntax.SpanOf(t, end), sentence.Index, years));
                    t = end - 1;
                }
            }
        }
    }

    /// <summary>"every four years", "every 4 years", "every fourth year", "every other year", "every year".</summary>
    private static bool TryEvery(ArticleSyntax syntax, int t, int limit, out decimal years, out int end)
    {
        years = 0;
        end = t;
        if (!syntax.IsWord(t, "every"))
        {
            return false;
        }

        var n = t + 1;
        if (n >= limit)
        {
            return false;
        }

        if (syntax.IsAnyWord(n, YearNouns))
        {
            years = 1;
            end = n + 1;
            return true;
        }

        decimal count;
        int afterCount;
        if (syntax.IsWord(n, "other"))
        {
            count = 2;
            afterCount = n + 1;
        }
        else if (syntax.Tokens[n].IsWord && NumberWords.TryOrdinal(syntax.TextOf(n), out var ordinal))
        {
            count = ordinal;
            afterCount = n + 1;
        }
        else if (syntax.Tokens[n].IsNumber && QuantityReader.TryParseDigits(syntax, n, out count))
        {
            afterCount = n + 1;
        }
        else if (!NumberWords.TryRead(syntax, n, limit, out count, out afterCount))
        {
            return false;
        }

        if (afterCount < limit && syntax.IsAnyWord(afterCount, YearNouns) && count > 0)
        {
            years = count;
            end = afterCount + 1;
            return true;
        }

        return false;
    }

    /// <summary>"once in three years", "once in 4 years".</summary>
    private static bool TryOnceIn(ArticleSyntax syntax, int t, int limit, out decimal years, out int end)
    {
        years = 0;
        end = t;
        if (!syntax.IsWord(t, "once") || !syntax.IsWord(t + 1, "in") || t + 2 >= limit)
        {
            return false;
        }

        decimal count;
        int after;
        if (syntax.Tokens[t + 2].IsNumber && QuantityReader.TryParseDigits(syntax, t + 2, out count))
        {
            after = t + 3;
        }
        else if (!NumberWords.TryRead(syntax, t + 2, limit, out count, out after))
        {
            return false;
        }

        if (count > 0 && after < limit && syntax.IsAnyWord(after, YearNouns))
        {
            years = count;
            end = after + 1;
            return true;
        }

        return false;
    }

    private static readonly WordSet AdjectiveWords = new(Array.ConvertAll(Adjectives, a => a.Word));

    /// <summary>Every cadence holds one of these: "once", "every", an adjective, or the "year" of "four-year".</summary>
    private static readonly WordSet Cues = WordSet.Union(new WordSet("once", "every"), AdjectiveWords, YearAfterHyphen);

    private static bool TryAdjective(ArticleSyntax syntax, int t, out decimal years, out int end)
    {
        end = t + 1;
        years = 0;
        if (!syntax.IsAnyWord(t, AdjectiveWords))
        {
            return false;
        }

        foreach (var (word, interval) in Adjectives)
        {
            if (syntax.IsWord(t, word))
            {
                years = interval;
                return true;
            }
        }

        years = 0;
        return false;
    }

    /// <summary>A hyphen and "year"/"yearly" within the next four tokens: the shape of "four-year" or "twenty-four-year".</summary>
    private static bool LooksLikeCycle(ArticleSyntax syntax, int t, int limit)
    {
        for (var k = t + 1; k < limit && k <= t + 4; k++)
        {
            if (syntax.Tokens[k].Kind == TokenKind.Hyphen && syntax.IsAnyWord(k + 1, YearAfterHyphen))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a four-year cycle", "on a 4-year rotation", "four-yearly".</summary>
    private static bool TryCycle(ArticleSyntax syntax, int t, int limit, out decimal years, out int end)
    {
        years = 0;
        end = t;
        if (!LooksLikeCycle(syntax, t, limit))
        {
            return false;
        }

        decimal count;
        int after;
        if (syntax.Tokens[t].IsNumber && QuantityReader.TryParseDigits(syntax, t, out count))
        {
            after = t + 1;
        }
        else if (!(syntax.Tokens[t].IsWord && NumberWords.TryRead(syntax, t, limit, out count, out after)))
        {
            return false;
        }

        if (after + 1 < limit && syntax.Tokens[after].Kind == TokenKind.Hyphen && syntax.IsWord(after + 1, "yearly") && count > 0)
        {
            years = count;
            end = after + 2;
            return true;
        }

        if (after + 2 < limit && syntax.Tokens[after].Kind == TokenKind.Hyphen && syntax.IsWord(after + 1, "year")
            && syntax.IsAnyWord(after + 2, CycleNouns) && count > 0)
        {
            years = count;
            end = after + 3;
            return true;
        }

        return false;
    }
}
