using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Carries a party's attribution to the sentences that go on with its statement without naming it
/// again, as reporters write: "Belarus's defence ministry said the drills began on Friday. In all,
/// 7,000 troops take part." Two ways, both from an attribution the text makes (a cue with its
/// party), never from a party merely named:
/// <list type="bullet">
/// <item>within a paragraph, a sentence with no party of its own goes on with the statement the
/// sentence before it ends in, when that statement is the sentence's own ("according to Minsk, …",
/// "Belarus said …", "…, Khrenin said"), not a clause inside it ("the drills, which Russia calls defensive, …");</item>
/// <item>a paragraph with no party of its own between two paragraphs of one side's statements (the
/// paragraph before ends in one, the one after opens with one, by the same party or one speaking for
/// it: BelTA and Belarus's ministry) is that side's too.</item>
/// </list>
/// A sentence that opens with a contrast ("But", "However"), has a party as its subject, another or
/// the speaker itself ("Lithuania's estimate is…", "Washington says it wants to. The US Embassy … suspended") or names another's figure ("…is Russia's tally"), or follows a closed
/// quote or a statement the writer took over ("…say X, but that is because…") is the writer's, and so
/// is the rest of its paragraph.
/// </summary>
internal sealed class CarriedAttributionReader : IClaimReader
{
    /// <summary>Openers that turn from the statement before to the writer's own words or another's.</summary>
    private static readonly WordSet ContrastOpeners = new(
    [
        "but", "however", "yet", "still", "meanwhile", "independent", "others", "critics", "analysts", "instead",
        "actually", "separately", "western", "nonetheless", "nevertheless", "though", "although",
    ]);

    /// <summary>"The Zapad-2021 drills, by contrast, were billed at 200,000": anywhere in a sentence, the writer sets it against the statement.</summary>
    private static readonly WordSet ContrastWords = new(["contrast", "contrary", "however", "meanwhile"]);

    /// <summary>Words after a reporting verb that hand the sentence back to the writer: "State media say X, but that is because …".</summary>
    private static readonly WordSet WriterTakesOver = new(["but", "though", "although", "because", "yet", "whereas", "while"]);

    /// <summary>Words before a cue that make it a noun, not a verb: "all 56 states", "competing claims", "are claims", "a report".</summary>
    private static readonly WordSet NounMarkers = new(
    [
        "the", "a", "an", "all", "these", "those", "its", "their", "his", "her", "our", "competing", "such", "are", "is", "were", "was", "member",
    ]);

    /// <summary>Words before a name that make it a place, not a subject: "Only 8,000 are in Belarus".</summary>
    private static readonly WordSet Prepositions = new(["in", "on", "at", "to", "from", "into", "across", "inside", "near", "over", "with"]);

    /// <summary>How far into its sentence a party may stand and still be the subject of a statement the sentence makes.</summary>
    private const int SubjectReach = 5;

    public void Read(ArticleClaims claims)
    {
        if (claims.Attributions.Count == 0)
        {
            return;
        }

        var sentences = claims.Syntax.Sentences;
        for (var s = 1; s < sentences.Count; s++)
        {
            if (HasOwnAttribution(claims, s) || sentences[s].IsQuestion || sentences[s].TokenCount == 0)
            {
                continue;
            }

            var carried = sentences[s - 1].Paragraph == sentences[s].Paragraph
                ? FromSentenceBefore(claims, s)
                : FromParagraphsAround(claims, s);
            if (carried is not null)
            {
                claims.CarriedAttributions.Add(carried with { Sentence = s, CoversSentence = true, CarriedFrom = carried.CarriedFrom ?? carried.Sentence });
            }
        }
    }

    private static bool HasOwnAttribution(ArticleClaims claims, int sentence) =>
        ArticleClaims.RangeOf(claims.Attributions, sentence) is var (start, end) && start < end;

    /// <summary>The statement the sentence before ends in, if this sentence goes on with it.</summary>
    private static AttributionClaim? FromSentenceBefore(ArticleClaims claims, int s)
    {
        if (TurnsAway(claims, s, null))
        {
            return null;
        }

        if (QuoteClosedBefore(claims, s))
        {
            return null;
        }

        var statement = StatementEnding(claims, s - 1);
        return statement is not null && !TurnsAway(claims, s, statement) ? statement : null;
    }

    /// <summary>
    /// For a sentence opening a paragraph that names no party: the statement the paragraph before
    /// ends in, when the paragraph after opens with a statement of the same side.
    /// </summary>
    private static AttributionClaim? FromParagraphsAround(ArticleClaims claims, int s)
    {
        var sentences = claims.Syntax.Sentences;
        var paragraph = sentences[s].Paragraph;
        var next = s;
        while (next < sentences.Count && sentences[next].Paragraph == paragraph)
        {
            if (next > s && HasOwnAttribution(claims, next))
            {
                return null; // the paragraph names a party of its own further on
            }

            next++;
        }

        if (next >= sentences.Count || sentences[next].Paragraph != paragraph + 1 || sentences[s - 1].Paragraph != paragraph - 1)
        {
            return null; // the paragraph is not between two others
        }

        var before = StatementEnding(claims, s - 1);
        var after = claims.AttributionOf(next);
        if (before?.EntityId is not { } spoke || after?.EntityId is not { } speaks || after.CarriedFrom is not null
            || claims.Lexicon.VoiceOf(spoke) != claims.Lexicon.VoiceOf(speaks))
        {
            return null;
        }

        for (var t = s; t < next; t++)
        {
            if (TurnsAway(claims, t, before))
            {
                return null;
            }
        }

        return before;
    }

    /// <summary>
    /// The attribution a sentence's last words fall under, when it is the sentence's own statement:
    /// "according to …", a party opening the sentence ("Belarus's defence ministry said …"), or a
    /// closing tag ("…, Khrenin said"); or one carried to it.
    /// </summary>
    private static AttributionClaim? StatementEnding(ArticleClaims claims, int s)
    {
        var syntax = claims.Syntax;
        var sentence = syntax.Sentences[s];
        var last = syntax.Tokens[sentence.EndToken - 1];
        // Only a party the story knows is carried on: "Your columnist writes as if…" is followed by the
        // letter-writer's rebuttal, not by the columnist's words.
        var attribution = claims.AttributionAt(s, last.Start) ?? claims.CarriedTo(s);
        if (attribution?.EntityId is null)
        {
            return null;
        }

        // "Belarus invited all 56 states …": a cue read as a verb where it is a noun carries no statement on.
        var cue = attribution.CueToken;
        if (attribution.CarriedFrom is null && cue > sentence.FirstToken && (syntax.IsAnyWord(cue - 1, NounMarkers) || syntax.Tokens[cue - 1].Kind == TokenKind.Number))
        {
            return null;
        }

        if (attribution.CarriedFrom is not null || attribution.CueToken >= sentence.EndToken - 4)
        {
            return attribution;
        }

        // "…, but that is because Minsk alternates Zapad with other drills": by the sentence's end the
        // writer speaks again (a contrast, a reason, a dash aside after the cue).
        for (var t = attribution.CueToken + 1; t < sentence.EndToken; t++)
        {
            if (syntax.IsAnyWord(t, WriterTakesOver) || syntax.Tokens[t].Kind == TokenKind.Dash)
            {
                return null;
            }
        }

        if (attribution.CoversSentence)
        {
            return attribution;
        }

        var party = syntax.TokenAt(attribution.Span.Start);
        return party - sentence.FirstToken <= SubjectReach ? attribution : null;
    }

    /// <summary>
    /// A quote closes in the sentence (or before it) and the next sentence is outside it: after
    /// quoted words a reporter speaks in their own voice again ("…talk to people." It was choreographed openness.).
    /// </summary>
    private static bool QuoteClosedBefore(ArticleClaims claims, int s)
    {
        var (start, end) = ArticleClaims.RangeOf(claims.Quotes, s - 1);
        for (var i = start; i < end; i++)
        {
            if (claims.Quotes[i].LastSentence < s)
            {
                return true;
            }
        }

        // A quote opened earlier and closing in the sentence before.
        for (var i = start - 1; i >= 0 && claims.Quotes[i].LastSentence >= s - 1; i--)
        {
            if (claims.Quotes[i].LastSentence == s - 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sentence turns from the statement: it opens with a contrast, or with a party of its own
    /// (one not speaking for the statement's party) as its subject.
    /// </summary>
    private static bool TurnsAway(ArticleClaims claims, int s, AttributionClaim? statement)
    {
        var syntax = claims.Syntax;
        var sentence = syntax.Sentences[s];
        if (syntax.IsAnyWord(sentence.FirstToken, ContrastOpeners) || claims.HasAnyWord(sentence.FirstToken, sentence.EndToken, ContrastWords))
        {
            return true;
        }

        if (statement is null)
        {
            return false;
        }

        var (start, end) = ArticleClaims.RangeOf(claims.Entities, s);
        for (var i = start; i < end; i++)
        {
            var mention = claims.Entities[i];
            var id = mention.EntityId;
            var speaks = claims.Lexicon.KindOf(id) is "person" or "country" or "organization" || claims.Lexicon.VoiceOf(id) != id;
            var other = statement.EntityId is null || claims.Lexicon.VoiceOf(id) != claims.Lexicon.VoiceOf(statement.EntityId);
            // As the subject ("Russia sent…") or, anywhere, as whose figure it is ("…is Russia's tally").
            var subject = mention.FirstToken - sentence.FirstToken <= SubjectReach && !syntax.IsAnyWord(mention.FirstToken - 1, Prepositions);
            // The speaker itself as the subject is the writer describing it ("Washington says it wants to.
            // The US Embassy in Minsk suspended operations in 2008"); another party's figure is named as theirs.
            if (speaks && (subject || (other && IsPossessive(syntax, mention.EndToken - 1))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Russia's", "Russia’s": the name's last word carries the possessive ending.</summary>
    private static bool IsPossessive(ArticleSyntax syntax, int token)
    {
        var text = syntax.TextOf(token);
        return text.Length > 2 && (text[^1] is 's' or 'S') && (text[^2] is '\'' or '\u2019');
    }
}
