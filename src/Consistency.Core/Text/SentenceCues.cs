namespace Consistency.Text;

/// <summary>
/// For each sentence of an article, the <see cref="CueTable"/> bits of the word sets it holds a word
/// of (and <see cref="CueTable.NumberBit"/> if it holds digits), made in one pass over the tokens.
/// </summary>
/// <param name="Masks">One mask per sentence.</param>
/// <param name="KnownSets">How many sets had bits when the masks were made: a later set's bit is not in them.</param>
internal sealed record SentenceCues(ulong[] Masks, int KnownSets)
{
    public static SentenceCues Compute(ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences)
    {
        var table = CueTable.Current;
        var masks = new ulong[sentences.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            ulong mask = 0;
            foreach (var token in tokens[sentences[s].FirstToken..sentences[s].EndToken])
            {
                mask |= token.Kind == TokenKind.Number ? 1UL << CueTable.NumberBit : table.MaskOf(token.WordId);
            }

            masks[s] = mask;
        }

        return new SentenceCues(masks, table.Sets.Length);
    }
}
