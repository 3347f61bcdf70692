namespace Consistency.Claims;

/// <summary>Finds mentions of the lexicon's entities under any alias, longest alias first.</summary>
internal sealed class EntityReader : IClaimReader
{
    public void Read(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        var index = claims.Lexicon.EntityIndex;
        var tokens = syntax.Tokens.AsSpan();
        var firstWords = index.FirstWords;
        // Decided once per article, not per token: whether tokens carry the first words' numbers.
        var stamped = syntax.IsStampedFor(firstWords);
        foreach (var sentence in syntax.Sentences)
        {
            // Only a token that is some alias's first word can start a mention: a sentence without
            // one ("US", "Russian", "state" and the rest) is passed over on one bit.
            if (!syntax.SentenceHas(sentence.Index, firstWords))
            {
                continue;
            }

            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var mayStart = stamped ? firstWords.ContainsWordId(tokens[t].WordId) : syntax.IsAnyWord(t, firstWords);
                if (mayStart && index.TryMatch(syntax, t, sentence.EndToken, out var id, out var end))
                {
                    claims.Entities.Add(new EntityMention(syntax.SpanOf(t, end), sentence.Index, id, t, end));
                    t = end - 1;
                }
            }
        }
    }
}
