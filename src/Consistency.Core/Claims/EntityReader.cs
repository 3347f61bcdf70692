namespace Consistency.Claims;

/// <summary>Finds mentions of the lexicon's entities under any alias, longest alias first.</summary>
internal sealed class EntityReader : IClaimReader
{
    public void Read(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        var index = claims.Lexicon.EntityIndex;
        foreach (var s in syntax.SentencesWith(index.FirstWords))
        {
            var sentence = syntax.Sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (index.TryMatch(syntax, t, sentence.EndToken, out var id, out var end))
                {
                    claims.Entities.Add(new EntityMention(syntax.SpanOf(t, end), sentence.Index, id, t, end));
                    t = end - 1;
                }
            }
        }
    }
}
