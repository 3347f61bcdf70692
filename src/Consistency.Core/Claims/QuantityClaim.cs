using Consistency.Text;
using Microsoft.CodeAnalysis.Text;

namespace Consistency.Claims;

/// <summary>
/// A number with its hedge and the words that follow it: "nearly two dozen countries",
/// "7K troops", "200,000 participants". <c>Span</c> covers the hedge and the number;
/// <see cref="NounPhrase"/> holds the lower-cased words after it, up to the next punctuation.
/// </summary>
public sealed record QuantityClaim(
    TextSpan Span,
    int Sentence,
    decimal Value,
    Qualifier Qualifier,
    bool InWords,
    int FirstToken,
    int EndToken,
    IReadOnlyList<string> NounPhrase) : Claim(Span, Sentence)
{
    /// <summary>The values the hedged number allows (a ±10% band for "about", up to 15% below for "nearly").</summary>
    public NumberRange Range => Qualifier switch
    {
        Qualifier.Approximately => new NumberRange(Value * 0.9m, Value * 1.1m),
        Qualifier.Nearly => new NumberRange(Value * 0.85m, Value),
        Qualifier.AtMost => new NumberRange(0, Value),
        Qualifier.LessThan => new NumberRange(0, Value - 1),
        Qualifier.AtLeast => new NumberRange(Value, decimal.MaxValue),
        Qualifier.MoreThan => new NumberRange(Value + 1, decimal.MaxValue),
        _ => NumberRange.Exactly(Value),
    };

    /// <summary>Whether one of the first <paramref name="within"/> words after the number is one of <paramref name="nouns"/>.</summary>
    public bool Counts(WordSet nouns, int within = 3)
    {
        ArgumentNullException.ThrowIfNull(nouns);
        for (var i = 0; i < NounPhrase.Count && i < within; i++)
        {
            if (nouns.Contains(NounPhrase[i]))
            {
                return true;
            }
        }

        return false;
    }
}
