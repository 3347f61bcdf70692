using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Reads who a sentence attributes its statement to: "according to Lithuania", "Lithuania says",
/// "Putin said", "…," said Khrenin, "Belarusian state media describe". The party is the run of
/// words next to the cue, resolved to an entity when the lexicon knows one of them.
/// </summary>
internal sealed class AttributionReader : IClaimReader
{
    private static readonly WordSet AdverbsBeforeVerb = new(["now", "also", "later", "previously", "earlier", "has", "have", "had"]);

    private static readonly WordSet Articles = new(["the", "a", "an"]);

    private const int MaxPartyWords = 6;

    private static readonly WordSet ReportingVerbs = new(
    [
        "said", "says", "say", "told", "tells", "claimed", "claims", "claim", "stated", "states", "announced", "announces",
        "estimated", "estimates", "estimate", "reported", "reports", "report", "insisted", "insists", "asserted", "noted",
        "warned", "described", "describes", "describe", "framed", "frames", "counted", "counts", "put", "puts", "cited",
        "according", "assessed", "assesses", "believes", "believe", "added", "wrote", "writes", "quoted", "stressed",
        "reckoned", "reckons", "calculated", "calculates", "thinks", "thought", "figured", "spoke", "speaks", "cites", "estimating",
        "talks", "talked", "explained", "explains", "admitted", "admits", "acknowledged", "acknowledges", "conceded", "concedes", "confirmed", "confirms", "boasted", "boasts",
        "declared", "declares", "maintained", "maintains", "suggested", "suggests", "argued", "argues", "alleges",
        // A forecast is a party's figure too ("Lithuanian intelligence expects up to 30,000"); "expected" is left
        // out: "the drills were expected to draw 13,000" has no party before it.
        "expects", "expect", "predicts", "predicted", "forecasts", "projects", "projected", "counting",
        // Quoted figures belong to whoever the sentence credits ("are quoting Vladimir Putin").
        "quoting", "credited",
    ]);

    /// <summary>Every attribution has one: "according" or a reporting verb.</summary>
    private static readonly WordSet Cues = WordSet.Union(ReportingVerbs, new WordSet("according"));

    private static readonly WordSet PhraseStoppers = new(
    [
        "that", "which", "who", "and", "but", "while", "as", "when", "the", "a", "an", "it", "this", "there", "in", "on", "at", "of",
    ]);

    public void Read(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        foreach (var index in syntax.SentencesWith(Cues))
        {
            var sentence = syntax.Sentences[index];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (syntax.IsWord(t, "according") && syntax.IsWord(t + 1, "to"))
                {
                    var named = PartyAfter(syntax, t + 2, sentence.EndToken);
                    AddParty(claims, sentence, t, named.First < named.End ? named : PartyNounAfter(syntax, t + 2, sentence.EndToken), coversSentence: true);
                    t++;
                }
                else if (syntax.IsAnyWord(t, ReportingVerbs) && (!syntax.Tokens[t].Has(TokenFlags.Capitalized) || t == sentence.FirstToken))
                {
                    var before = PartyBefore(syntax, t, sentence.FirstToken);
                    // "credited to Vladimir Putin": the party follows the "to".
                    var after = syntax.IsWord(t, "credited") && syntax.IsWord(t + 1, "to") ? t + 2 : t + 1;
                    var range = before.First < before.End ? before : PartyAfter(syntax, after, sentence.EndToken);
                    if (range.First >= range.End)
                    {
                        range = SubjectBefore(claims, sentence, t);
                    }

                    AddParty(claims, sentence, t, range, coversSentence: false);
                }
            }
        }
    }

    /// <summary>Words that open a new clause with its own subject: "Breuer estimated 13,000, while Putin … spoke of 100,000".</summary>
    private static readonly WordSet ClauseOpeners = new(["while", "whereas", "but", "and"]);

    /// <summary>
    /// "Putin, visiting Mulino on Tuesday, said …": the first named party of the verb's own clause
    /// (after any earlier reporting verb, "while" or semicolon), before the verb.
    /// </summary>
    private static (int First, int End) SubjectBefore(ArticleClaims claims, Sentence sentence, int verb)
    {
        var syntax = claims.Syntax;
        var from = sentence.FirstToken;
        for (var t = verb - 1; t > sentence.FirstToken; t--)
        {
            if (syntax.IsAnyWord(t, ReportingVerbs) || syntax.IsAnyWord(t, ClauseOpeners) || syntax.IsPunctuation(t, ';'))
            {
                from = t + 1;
                break;
            }
        }

        // A person is the likelier speaker than the country in their title ("Russian President Vladimir Putin").
        var (start, end) = ArticleClaims.RangeOf(claims.Entities, sentence.Index);
        EntityMention? party = null;
        for (var i = start; i < end && claims.Entities[i].EndToken <= verb; i++)
        {
            if (claims.Entities[i].FirstToken < from)
            {
                continue;
            }

            var kind = claims.Lexicon.KindOf(claims.Entities[i].EntityId);
            if (kind == "person")
            {
                return (claims.Entities[i].FirstToken, claims.Entities[i].EndToken);
            }

            // A capital speaks for its country ("Minsk, for its part, reports …").
            if (party is null && (kind is "country" or "organization" || claims.Lexicon.VoiceOf(claims.Entities[i].EntityId) != claims.Entities[i].EntityId))
            {
                party = claims.Entities[i];
            }
        }

        return party is null ? (verb, verb) : (party.FirstToken, party.EndToken);
    }

    private static void AddParty(ArticleClaims claims, Sentence sentence, int cue, (int First, int End) party, bool coversSentence)
    {
        if (party.First >= party.End)
        {
            return;
        }

        var syntax = claims.Syntax;
        var (first, last) = ArticleClaims.RangeOf(claims.Entities, sentence.Index);
        EntityMention? entity = null;
        for (var i = first; i < last && entity is null; i++)
        {
            var mention = claims.Entities[i];
            entity = mention.FirstToken < party.End && mention.EndToken > party.First ? mention : null;
        }

        var parts = new string[party.End - party.First];
        for (var t = party.First; t < party.End; t++)
        {
            parts[t - party.First] = syntax.CleanTextOf(t);
        }

        var words = string.Join(' ', parts);
        var span = syntax.SpanOf(Math.Min(cue, party.First), Math.Max(cue + 1, party.End));
        claims.Attributions.Add(new AttributionClaim(span, sentence.Index, words, entity?.EntityId, cue) { CoversSentence = coversSentence });
    }

    /// <summary>"Lithuanian intelligence says": the words right before the verb, back to a clause boundary.</summary>
    private static (int First, int End) PartyBefore(ArticleSyntax syntax, int verb, int sentenceStart)
    {
        var end = verb;
        // Skip an adverb between party and verb ("Lithuania now says").
        if (end - 1 >= sentenceStart && syntax.IsAnyWord(end - 1, AdverbsBeforeVerb))
        {
            end--;
        }

        var first = end;
        while (first - 1 >= sentenceStart && end - first < MaxPartyWords && IsPartyToken(syntax, first - 1))
        {
            first--;
        }

        return HasCapital(syntax, first, end) ? (first, end) : (end, end);
    }

    /// <summary>"according to the Russian Defence Ministry", "…," said Khrenin.</summary>
    private static (int First, int End) PartyAfter(ArticleSyntax syntax, int from, int limit)
    {
        var first = from;
        while (first < limit && syntax.IsAnyWord(first, Articles))
        {
            first++;
        }

        var end = first;
        while (end < limit && end - first < MaxPartyWords && IsPartyToken(syntax, end))
        {
            end++;
        }

        return HasCapital(syntax, first, end) ? (first, end) : (first, first);
    }

    /// <summary>
    /// "according to the head of state", "according to the ministry": a party named by what it is,
    /// not by name (<see cref="PartyNouns"/>), with an "of" phrase it carries ("head of state").
    /// </summary>
    private static (int First, int End) PartyNounAfter(ArticleSyntax syntax, int from, int limit)
    {
        var first = from;
        while (first < limit && syntax.IsAnyWord(first, Articles))
        {
            first++;
        }

        var end = first;
        while (end < limit && end - first < MaxPartyWords && IsPartyToken(syntax, end))
        {
            end++;
        }

        var named = false;
        for (var t = first; t < end && !named; t++)
        {
            named = syntax.IsAnyWord(t, PartyNouns.Words);
        }

        if (!named)
        {
            return (first, first);
        }

        return end + 1 < limit && syntax.IsWord(end, "of") && IsPartyToken(syntax, end + 1) ? (first, end + 2) : (first, end);
    }

    private static bool IsPartyToken(ArticleSyntax syntax, int t)
    {
        var token = syntax.Tokens[t];
        if (token.Kind == TokenKind.Hyphen)
        {
            return true;
        }

        return token.IsWord && !syntax.IsAnyWord(t, PhraseStoppers) && !syntax.IsAnyWord(t, ReportingVerbs);
    }

    private static bool HasCapital(ArticleSyntax syntax, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (syntax.Tokens[t].Has(TokenFlags.Capitalized))
            {
                return true;
            }
        }

        return false;
    }
}
