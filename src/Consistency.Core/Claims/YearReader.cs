using Consistency.Text;

namespace Consistency.Claims;

/// <summary>Reads calendar years: four bare digits from 1900 to 2100 that are not part of a time.</summary>
internal sealed class YearReader : IClaimReader
{
    public void Read(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        var tokens = syntax.Tokens.AsSpan();
        foreach (var sentence in syntax.Sentences)
        {
            // A year is a token of digits: most sentences have none, and say so in one bit.
            if (!syntax.SentenceHasNumber(sentence.Index))
            {
                continue;
            }

            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (tokens[t] is { Kind: TokenKind.Number, Length: 4 } && IsYearToken(syntax, t) && TryYear(syntax, t, out var year))
                {
                    claims.Years.Add(new YearClaim(syntax.SpanOf(t, t + 1), sentence.Index, year, t));
                }
            }
        }
    }

    public static bool IsYearToken(ArticleSyntax syntax, int t) =>
        syntax.Tokens[t] is { Kind: TokenKind.Number, Length: 4 } && TryYear(syntax, t, out _)
        && !(t > 0 && syntax.IsPunctuation(t - 1, ':') && syntax.Tokens[t].IsAttached);

    public static bool TryYear(ArticleSyntax syntax, int t, out int year)
    {
        year = 0;
        var text = syntax.TextOf(t);
        if (text.Length != 4)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            year = (year * 10) + (c - '0');
        }

        return year is >= 1900 and <= 2100;
    }
}
