using System.Globalization;
using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Reads numbers with their hedge and following words: digits ("200,000", "200 000", "7K",
/// "1.5 million"), words ("twenty-three", "two dozen"). Skips what is not a count: times
/// ("23:00"), dates ("Sept 23", "15 September", "23rd") and bare years, which <see cref="YearReader"/> reads.
/// </summary>
internal sealed class QuantityReader : IClaimReader
{
    private static readonly WordSet ThousandSuffixes = new(["K", "k"]);

    private static readonly WordSet Article = new(["a"]);

    private static readonly WordSet ClockWords = new(["a.m.", "p.m.", "am", "pm", "GMT", "UTC", "CET", "hrs"]);

    private const int MaxNounWords = 4;

    public void Read(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        var tokens = syntax.Tokens.AsSpan();
        foreach (var sentence in syntax.Sentences)
        {
            // A sentence with neither digits nor a cardinal or scale word holds no quantity.
            if (!syntax.SentenceHasNumber(sentence.Index) && !syntax.SentenceHas(sentence.Index, NumberWords.CountWords))
            {
                continue;
            }

            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                // Most tokens are words that start no number: rejected here by kind and one bit;
                // "a" starts one only before a scale word ("a dozen"), and is everywhere.
                if ((tokens[t].Kind != TokenKind.Number && !syntax.IsAnyWord(t, NumberWords.FirstWords))
                    || (syntax.IsAnyWord(t, Article) && !syntax.IsAnyWord(t + 1, NumberWords.ScaleWords)))
                {
                    continue;
                }

                if (TryReadNumber(syntax, t, sentence.EndToken, out var value, out var end, out var inWords))
                {
                    if (!IsDateOrTime(syntax, t, end, sentence))
                    {
                        var (qualifier, first) = QualifierReader.Before(syntax, t, sentence.FirstToken);
                        if (qualifier == Qualifier.Exact && inWords && IsRoundFigure(syntax, t, end))
                        {
                            qualifier = Qualifier.Approximately; // "two dozen countries" is a round figure, not a count
                        }

                        claims.Quantities.Add(new QuantityClaim(
                            syntax.SpanOf(first, end), sentence.Index, value, qualifier, inWords, first, end,
                            NounPhrase(syntax, end, sentence.EndToken)));
                    }

                    t = end - 1;
                }
            }
        }
    }

    private static bool TryReadNumber(ArticleSyntax syntax, int t, int limit, out decimal value, out int end, out bool inWords)
    {
        inWords = false;
        var token = syntax.Tokens[t];
        if (token.IsWord)
        {
            inWords = true;
            return NumberWords.TryRead(syntax, t, limit, out value, out end);
        }

        end = t + 1;
        value = 0;
        if (!token.IsNumber || !TryParseDigits(syntax, t, out value))
        {
            return false;
        }

        if (YearReader.IsYearToken(syntax, t))
        {
            return false;
        }

        // "7K troops", "7k": a thousands suffix attached to the digits.
        if (end < limit && syntax.Tokens[end].IsAttached && syntax.IsAnyWord(end, ThousandSuffixes))
        {
            value *= 1_000;
            end++;
        }
        else if (end < limit && syntax.IsAnyWord(end, NumberWords.ScaleWords) && NumberWords.TryScale(syntax.TextOf(end), out var scale) && scale >= 1_000)
        {
            // "1.5 million", "7 thousand".
            value *= scale;
            end++;
        }

        return true;
    }

    private static bool IsRoundFigure(ArticleSyntax syntax, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (syntax.IsWord(k, "dozen"))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool TryParseDigits(ArticleSyntax syntax, int t, out decimal value)
    {
        // Nearly every number is a plain run of digits: read it without the general parser.
        var text = syntax.TextOf(t);
        if (text.Length <= 18 && !text.ContainsAnyExceptInRange('0', '9'))
        {
            long whole = 0;
            foreach (var c in text)
            {
                whole = (whole * 10) + (c - '0');
            }

            value = whole;
            return true;
        }

        Span<char> digits = stackalloc char[64];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || c == '.')
            {
                if (length == digits.Length)
                {
                    value = 0;
                    return false; // absurdly long numbers are not counts of anything
                }

                digits[length++] = c;
            }
        }

        return decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsDateOrTime(ArticleSyntax syntax, int first, int end, Sentence sentence)
    {
        // "23:00", "10.30 a.m.": the hour and the minutes alike
        if (first >= 2 && syntax.IsPunctuation(first - 1, ':') && syntax.Tokens[first].IsAttached && syntax.Tokens[first - 2].IsNumber)
        {
            return true;
        }

        if (end + 1 < sentence.EndToken && syntax.IsPunctuation(end, ':') && syntax.Tokens[end].IsAttached && syntax.Tokens[end + 1].IsNumber)
        {
            return true;
        }

        if (end < sentence.EndToken && (syntax.IsAnyWord(end, ClockWords)
            || (syntax.Tokens[end].IsAttached && syntax.IsAnyWord(end, CalendarWords.OrdinalSuffixes))))
        {
            return true;
        }

        // "Sept 23", "September 15", "15 September", "the 23rd of September".
        var before = first - 1;
        if (before >= sentence.FirstToken && syntax.IsPunctuation(before, '.') && before - 1 >= sentence.FirstToken)
        {
            before--;
        }

        return (before >= sentence.FirstToken && syntax.IsAnyWord(before, CalendarWords.MonthNames))
            || (end < sentence.EndToken && syntax.IsAnyWord(end, CalendarWords.MonthNames));
    }

    private static List<string> NounPhrase(ArticleSyntax syntax, int from, int limit)
    {
        var words = new List<string>(MaxNounWords);
        for (var t = from; t < limit && words.Count < MaxNounWords; t++)
        {
            var kind = syntax.Tokens[t].Kind;
            if (kind == TokenKind.Hyphen)
            {
                continue;
            }

            if (kind != TokenKind.Word)
            {
                break;
            }

            words.Add(syntax.CleanTextOf(t).ToLowerInvariant());
        }

        return words;
    }
}
