using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Reads the attribution a headline gives in its label: "Putin: some 100,000 servicemen involved",
/// "Intelligence: up to 30,000 troops in Zapad drills". A headline puts the party before a colon
/// instead of writing "says"; the label speaks for someone only when it names a party the lexicon
/// knows or is a noun for one (<see cref="PartyNouns"/>), and ends in it, so "Analysis:", "Claim:" or
/// "Trump's Diplomatic Gambit:" attribute nothing.
/// Only a line without a closing full stop is a headline; a sentence's colon introduces a list.
/// </summary>
internal sealed class HeadlineLabelReader : IClaimReader
{
    /// <summary>How many words a label may hold ("Lithuanian military intelligence").</summary>
    private const int MaxLabelWords = 4;

    public void Read(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        foreach (var sentence in syntax.Sentences)
        {
            if (sentence.TokenCount < 3 || syntax.Tokens[sentence.EndToken - 1].Kind == TokenKind.Terminal)
            {
                continue;
            }

            var colon = LabelColon(syntax, sentence);
            if (colon < 0)
            {
                continue;
            }

            // The label must end in the party: "Trump's Diplomatic Gambit: …" is a section's title, not Trump's word.
            var entity = LabelEntity(claims, sentence, colon);
            if (entity?.EndToken != colon && !syntax.IsAnyWord(colon - 1, PartyNouns.Words))
            {
                continue;
            }

            var span = syntax.SpanOf(sentence.FirstToken, colon);
            var (start, _) = ArticleClaims.RangeOf(claims.Attributions, sentence.Index);
            claims.Attributions.Insert(start, new AttributionClaim(span, sentence.Index, syntax.Text.Substring(span.Start, span.Length), entity?.EntityId, colon) { CoversSentence = true });
        }
    }

    /// <summary>The colon closing a label of one to four words at the line's start, or -1.</summary>
    private static int LabelColon(ArticleSyntax syntax, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken && t - sentence.FirstToken <= MaxLabelWords; t++)
        {
            if (syntax.IsPunctuation(t, ':'))
            {
                return t > sentence.FirstToken ? t : -1;
            }

            if (!syntax.Tokens[t].IsWord && syntax.Tokens[t].Kind != TokenKind.Hyphen)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A person, country or organization the label names ("Putin", "Lithuanian intelligence"), or null.</summary>
    /// <remarks>The last one named: the one the label ends in, if any.</remarks>
    private static EntityMention? LabelEntity(ArticleClaims claims, Sentence sentence, int colon)
    {
        var (start, end) = ArticleClaims.RangeOf(claims.Entities, sentence.Index);
        EntityMention? named = null;
        for (var i = start; i < end && claims.Entities[i].EndToken <= colon; i++)
        {
            if (claims.Lexicon.KindOf(claims.Entities[i].EntityId) is "person" or "country" or "organization")
            {
                named = claims.Entities[i];
            }
        }

        return named;
    }
}
