namespace Consistency.Claims;

/// <summary>Finds mentions of the lexicon's entities under any alias, longest alias first.</summary>
internal sealed class EntityReader : IClaimReader
{
    public void Read(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        var index = claims.Lexicon.EntityIndex;
        var sentences = syntax.Sentences;
        // Only a token that is some alias's first word can start a mention: the article's word index
        // lists those, in order, without a test per token (most tokens are none).
        var after = 0;
        foreach (var t in syntax.TokensWith(index.FirstWords))
        {
            if (t < after)
            {
                continue; // inside the mention just found
            }

            var sentence = sentences[syntax.SentenceOf(t)];
            if (t >= sentence.FirstToken && t < sentence.EndToken && index.TryMatch(syntax, t, sentence.EndToken, out var id, out var end))
            {
                claims.Entities.Add(new EntityMention(syntax.SpanOf(t, end), sentence.Index, id, t, end));
                after = end;
            }
        }
    }
}
