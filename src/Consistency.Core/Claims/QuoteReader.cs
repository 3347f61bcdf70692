using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Reads quotations. A quote opens at an opening quotation mark and ends at the next closing mark
/// of the same family (double or single) in the same paragraph, so “We will show you whatever you
/// are interested in. You can go, look around, talk to people.” is one quote over two sentences,
/// and a ‘quote within a quote’ stays part of its outer quote. A mark left unclosed at the end of
/// its paragraph opens no quote: newspapers leave a quote that runs on into the next paragraph
/// open, and guessing its end would invent words nobody said. The speaker is read by
/// <see cref="QuoteSpeakerFinder"/> from the words around the quote.
/// </summary>
internal sealed class QuoteReader : IClaimReader
{
    /// <summary>People are preferred over places and bodies when a speaker's words name both ("Belarusian Defence Minister Viktor Khrenin").</summary>
    private const string PersonKind = "person";

    public void Read(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        var tokens = syntax.Tokens;
        var afterPreviousQuote = 0;
        for (var open = 0; open < tokens.Count; open++)
        {
            if (tokens[open].Kind != TokenKind.OpenQuote)
            {
                continue;
            }

            var close = FindClose(syntax, open);
            if (close < 0)
            {
                continue;
            }

            if (close - open > 1)
            {
                var firstSentence = syntax.SentenceOf(open);
                var lastSentence = syntax.SentenceOf(close);
                // The words leading into a quote never reach back into the quote before it, and
                // the words after it stop where the next quote opens.
                var leadInStart = Math.Max(afterPreviousQuote, syntax.Sentences[firstSentence].FirstToken);
                var tailEnd = TailEnd(syntax, close, syntax.Sentences[lastSentence].EndToken);
                var speaker = QuoteSpeakerFinder.Find(syntax, leadInStart, open, close, tailEnd);
                if (speaker is { IsClauseSubject: true } subject && NamesPerson(claims, subject.End, open))
                {
                    speaker = null; // "Lukashenko watched as Khrenin greeted them: “…”": the subject need not be the speaker
                }

                claims.Quotes.Add(Create(claims, open, close, firstSentence, lastSentence, speaker));
            }

            afterPreviousQuote = close + 1;
            open = close;
        }
    }

    private static QuoteClaim Create(ArticleClaims claims, int open, int close, int firstSentence, int lastSentence, SpeakerWords? speaker)
    {
        var syntax = claims.Syntax;
        var span = syntax.SpanOf(open + 1, close);
        if (speaker is { IsPronoun: true } pronoun && Antecedents.PersonMeantBy(claims, pronoun.First, open) is { } person)
        {
            var pronounSpan = syntax.SpanOf(pronoun.First, pronoun.End);
            return new QuoteClaim(span, firstSentence, lastSentence, open + 1, close, syntax.Article.Slice(person.Span).ToString(), person.EntityId, pronounSpan);
        }

        if (speaker is not { IsPronoun: false } words)
        {
            return new QuoteClaim(span, firstSentence, lastSentence, open + 1, close, null, null, null);
        }

        var speakerSpan = syntax.SpanOf(words.First, words.End);
        var text = syntax.Article.Slice(speakerSpan).ToString();
        return new QuoteClaim(span, firstSentence, lastSentence, open + 1, close, text, EntityOf(claims, words), speakerSpan);
    }

    /// <summary>
    /// The entity the speaker's words name: a person if one is named, else the last entity named.
    /// A possessive names an owner, not the speaker ("Lukashenko’s aide", "Belarus’s ministry").
    /// Only the mentions of the sentences the words stand in are visited (found by binary search):
    /// visiting every mention of the article for each quote made a quote-heavy article quadratic.
    /// </summary>
    private static string? EntityOf(ArticleClaims claims, SpeakerWords words)
    {
        string? found = null;
        var syntax = claims.Syntax;
        for (var sentence = syntax.SentenceOf(words.First); sentence <= syntax.SentenceOf(words.End - 1); sentence++)
        {
            var (start, end) = ArticleClaims.RangeOf(claims.Entities, sentence);
            for (var i = start; i < end; i++)
            {
                var mention = claims.Entities[i];
                if (mention.FirstToken >= words.End || mention.EndToken <= words.First || IsPossessive(syntax.TextOf(mention.EndToken - 1)))
                {
                    continue;
                }

                if (IsPerson(claims.Lexicon, mention.EntityId))
                {
                    return mention.EntityId;
                }

                found = mention.EntityId;
            }
        }

        return found;
    }

    /// <summary>Whether a person is named within tokens [first, end): the mentions of those sentences only, as in <see cref="EntityOf"/>.</summary>
    private static bool NamesPerson(ArticleClaims claims, int first, int end)
    {
        foreach (var mention in claims.EntitiesBetween(first, end))
        {
            if (IsPerson(claims.Lexicon, mention.EntityId))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word[^1] is 's' or 'S') && CharClass.IsApostrophe(word[^2]);

    private static bool IsPerson(Lexicon lexicon, string entityId)
    {
        foreach (var entity in lexicon.Entities)
        {
            if (entity.Id == entityId)
            {
                return entity.Kind == PersonKind;
            }
        }

        return false;
    }

    /// <summary>The closing mark for the quote opened at <paramref name="open"/>, or -1 when none closes it in its paragraph.</summary>
    private static int FindClose(ArticleSyntax syntax, int open)
    {
        var opener = syntax.Text[syntax.Tokens[open].Start];
        var family = FamilyOf(opener);
        var paragraph = syntax.Sentences[syntax.SentenceOf(open)].Paragraph;
        for (var t = open + 1; t < syntax.Tokens.Count; t++)
        {
            var token = syntax.Tokens[t];
            if (token.Has(TokenFlags.LineBreakBefore) && syntax.Sentences[syntax.SentenceOf(t)].Paragraph != paragraph)
            {
                return -1;
            }

            if (token.Kind is not (TokenKind.OpenQuote or TokenKind.CloseQuote))
            {
                continue;
            }

            var mark = syntax.Text[token.Start];
            if (FamilyOf(mark) != family)
            {
                continue; // a quote of the other family nested inside this one
            }

            if (token.Kind == TokenKind.CloseQuote || (opener == '\u201E' && mark == '\u201C'))
            {
                return t; // „…“ is the German-style pair: its closer looks like an English opener
            }

            return -1; // a second opener of the same family before any closer: the first was never closed
        }

        return -1;
    }

    /// <summary>1 for double quotation marks, 2 for single ones (and apostrophes used as quotes).</summary>
    private static int FamilyOf(char mark) => mark switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '"' or '\u00AB' or '\u00BB' => 1,
        _ => 2,
    };

    private static int TailEnd(ArticleSyntax syntax, int close, int sentenceEnd)
    {
        var end = close + 1;
        while (end < sentenceEnd && syntax.Tokens[end].Kind != TokenKind.OpenQuote)
        {
            end++;
        }

        return end;
    }
}
