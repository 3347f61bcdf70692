namespace Consistency.Claims;

/// <summary>Finds mentions of the lexicon's entities under any alias, longest alias first.</summary>
internal sealed class EntityReader : IClaimReader
{
    public void Read(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        var index = claims.Lexicon.EntityIndex;
        // Every token is tried: alias first words ("US", "Russian", "state") stand in nearly every
        // sentence, so asking the word index for sentences would cost more than it skips.
        foreach (var sentence in syntax.Sentences)
        {
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
