using System.Runtime.InteropServices;
using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Every claim read from one article, in text order. Built once per article by
/// <see cref="ClaimReader"/> and shared by all rules, which read claims instead of re-parsing text.
/// Each list is in sentence order, so a sentence's claims are found by binary search: rules stay
/// linear on a 50 MB article.
/// </summary>
public sealed class ArticleClaims
{
    internal ArticleClaims(ArticleSyntax syntax, Lexicon lexicon)
    {
        Syntax = syntax;
        Lexicon = lexicon;
    }

    public ArticleSyntax Syntax { get; }

    public Lexicon Lexicon { get; }

    public List<QuantityClaim> Quantities { get; } = [];

    public List<YearClaim> Years { get; } = [];

    public List<EditionClaim> Editions { get; } = [];

    public List<RecurrenceClaim> Recurrences { get; } = [];

    public List<AttributionClaim> Attributions { get; } = [];

    /// <summary>
    /// Attributions carried to sentences that name no party of their own, in sentence order: the
    /// sentence goes on with the statement of the one before it, or stands between two statements of
    /// one side (<see cref="CarriedAttributionReader"/>). <see cref="AttributionFor"/> falls back on them for figures.
    /// </summary>
    public List<AttributionClaim> CarriedAttributions { get; } = [];

    public List<DateClaim> Dates { get; } = [];

    public List<EntityMention> Entities { get; } = [];

    public List<QuoteClaim> Quotes { get; } = [];

    /// <summary>The day the article speaks from: its dateline ("VILNIUS, Sept. 15 —"), or null when it gives none.</summary>
    public DateOnly? Dateline { get; internal set; }

    /// <summary>Timeline entries: the date a paragraph opens with ("Sept. 11 — …"), by paragraph.</summary>
    /// <summary>Made for the few articles that are timelines, not for every article.</summary>
    internal Dictionary<int, DateOnly>? EntryDates { get; set; }

    /// <summary>The date a timeline entry's paragraph opens with, if the sentence stands in one.</summary>
    public DateOnly? EntryDateOf(int sentence) =>
        EntryDates is { } entries && entries.TryGetValue(Syntax.Sentences[sentence].Paragraph, out var date) ? date : null;

    /// <summary>
    /// The day "yesterday" or "today" counts from in a sentence: its timeline entry's date, else the
    /// dateline; null when nothing anchors it.
    /// </summary>
    public DateOnly? AnchorOf(int sentence) => EntryDateOf(sentence) ?? Dateline;

    /// <summary>Stretches the article reports without asserting: denials, indirect questions, correction notes, banners.</summary>
    public List<UnassertedClaim> Unasserted { get; } = [];

    /// <summary>Words that negate what follows them in their clause: "was not held in 2022", "no Zapad in 2022".</summary>
    private static readonly WordSet Negations = new(["not", "never", "no", "neither", "nor", "nothing", "none", "cannot"]);

    /// <summary>Words after a negation that do not negate the clause: "not only", "no fewer than", "not least".</summary>
    private static readonly WordSet NegationFreers = new(["only", "just", "merely", "least", "fewer", "more", "less", "doubt", "sooner", "later", "longer"]);

    /// <summary>How far before a claim a negation may stand and still govern it ("Zapad was not held in 2022").</summary>
    private const int NegationReach = 8;

    /// <summary>
    /// Whether the article does not stand behind the words at <paramref name="offset"/>: they are in a
    /// question, a denial, an indirect question, a correction note or a banner, or a negation stands
    /// shortly before them in their clause with no comma between ("There was no Zapad in 2022").
    /// A contradiction is only reported where the article asserts.
    /// </summary>
    public bool AssertsNothingAt(int offset)
    {
        if (Syntax.Sentences.Count == 0)
        {
            return false;
        }

        var token = Syntax.TokenAt(offset);
        var index = Syntax.SentenceOf(token);
        var sentence = Syntax.Sentences[index];
        if (sentence.IsQuestion)
        {
            return true;
        }

        var (start, end) = RangeOf(Unasserted, index);
        for (var i = start; i < end; i++)
        {
            if (Unasserted[i].FirstToken <= token && token < Unasserted[i].EndToken)
            {
                return true;
            }
        }

        return IsNegated(sentence, token);
    }

    /// <summary>A negation within reach before the token, in its clause, with no comma between: a bounded look back, never the whole clause (a sentence may hold thousands of findings).</summary>
    private bool IsNegated(Text.Sentence sentence, int token)
    {
        for (var t = token - 1; t >= sentence.FirstToken && t >= token - NegationReach; t--)
        {
            // "Tension has not eased since the night of 10–11 September": what follows "since" is taken as given, not denied.
            if (Syntax.IsPunctuation(t, ',') || Clauses.IsBoundary(Syntax, sentence, t) || Syntax.IsWord(t, "since"))
            {
                return false;
            }

            if ((Syntax.IsAnyWord(t, Negations) || IsContractedNegation(t)) && !Syntax.IsAnyWord(t + 1, NegationFreers) && !IsIdiom(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"wasted no time in triggering", "no wonder": "no" that denies nothing ("at no time" still denies).</summary>
    private bool IsIdiom(int t) =>
        Syntax.IsWord(t, "no") && t + 1 < Syntax.Tokens.Count
        && ((Syntax.IsWord(t + 1, "time") && !(t > 0 && Syntax.IsWord(t - 1, "at"))) || Syntax.IsWord(t + 1, "wonder"));

    /// <summary>"wasn't", "didn’t": a word ending in n't.</summary>
    private bool IsContractedNegation(int t)
    {
        if (!Syntax.Tokens[t].IsWord)
        {
            return false;
        }

        var text = Syntax.TextOf(t);
        return text.Length > 3 && (text[^1] is 't' or 'T') && (text[^2] is '\'' or '\u2019') && (text[^3] is 'n' or 'N');
    }

    /// <summary>The claims of one list that stand in the given sentence (lists are in sentence order).</summary>
    public static IEnumerable<T> InSentence<T>(List<T> claims, int sentence)
        where T : Claim
    {
        ArgumentNullException.ThrowIfNull(claims);
        var (start, end) = RangeOf(claims, sentence);
        for (var i = start; i < end; i++)
        {
            yield return claims[i];
        }
    }

    /// <summary>Where the given sentence's claims stand in a list: [Start, End), found by binary search, for loops that allocate nothing.</summary>
    public static (int Start, int End) RangeOf<T>(List<T> claims, int sentence)
        where T : Claim
    {
        ArgumentNullException.ThrowIfNull(claims);
        // Over a span of the list's items: the method's code is shared by every claim type, and each
        // call to the list's members from it costs a runtime lookup of the list's exact type.
        var items = CollectionsMarshal.AsSpan(claims);
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (items[mid].Sentence < sentence)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < items.Length && items[end].Sentence == sentence)
        {
            end++;
        }

        return (lo, end);
    }

    /// <summary>Entity mentions whose tokens lie within [first, end).</summary>
    public IEnumerable<EntityMention> EntitiesBetween(int first, int end)
    {
        if (first >= end || Syntax.Sentences.Count == 0)
        {
            yield break;
        }

        for (var s = Syntax.SentenceOf(first); s <= Syntax.SentenceOf(end - 1); s++)
        {
            foreach (var e in InSentence(Entities, s))
            {
                if (e.FirstToken >= first && e.EndToken <= end)
                {
                    yield return e;
                }
            }
        }
    }

    /// <summary>The party a sentence attributes its statement to, if it names one.</summary>
    public AttributionClaim? AttributionOf(int sentence) => RangeOf(Attributions, sentence) is var (start, end) && start < end ? Attributions[start] : null;

    /// <summary>
    /// The party the words at <paramref name="offset"/> are attributed to: "according to X" anywhere
    /// in the sentence, a reporting verb before them ("Lithuania says 30,000"), or one closing the
    /// sentence ("…, Putin said."). A verb after them in mid-sentence speaks of something else
    /// ("the biennial exercise that Russia and Belarus describe as defensive").
    /// </summary>
    public AttributionClaim? AttributionAt(int sentence, int offset)
    {
        var (first, last) = RangeOf(Attributions, sentence);
        if (first == last)
        {
            return null; // most sentences attribute nothing
        }

        var token = Syntax.TokenAt(offset);
        var end = Syntax.Sentences[sentence].EndToken;

        // With two parties in a sentence ("Lithuania put it at 30,000, while Breuer reckoned 20,000"),
        // the words belong to the nearest cue before them.
        for (var i = last - 1; i >= first; i--)
        {
            if (Attributions[i].CueToken <= token)
            {
                // "State media describe it as biennial; the previous Zapad was in 2023": a semicolon
                // (or a contrasting "while") starts a clause out of the speaker's reach.
                if (!Attributions[i].CoversSentence && OpensOwnClause(Attributions[i].CueToken, token))
                {
                    break;
                }

                return GappedParty(Attributions[i], token) ?? Attributions[i];
            }
        }

        for (var i = first; i < last; i++)
        {
            var a = Attributions[i];
            if ((a.CoversSentence && !InDashAside(token, a.CueToken)) || (a.CueToken >= end - 4 && ClosesAfterComma(token, a)))
            {
                return a;
            }
        }

        return SourceOfQuotedWords(sentence, token, first, last);
    }

    /// <summary>The attribution carried to a sentence that names no party of its own, if any.</summary>
    internal AttributionClaim? CarriedTo(int sentence) =>
        RangeOf(CarriedAttributions, sentence) is var (start, end) && start < end ? CarriedAttributions[start] : null;

    /// <summary>
    /// "Posts citing &quot;100,000 troops&quot; are quoting Vladimir Putin": words in quotation marks are
    /// someone's, not the writer's, so they belong to the party the sentence credits, wherever the
    /// cue stands (the cue nearest the quote when it names several). A quote with a speaker of its
    /// own is read by its speaker, not here.
    /// </summary>
    private AttributionClaim? SourceOfQuotedWords(int sentence, int token, int first, int last)
    {
        var (start, stop) = RangeOf(Quotes, sentence);
        for (var i = start; i < stop; i++)
        {
            var quote = Quotes[i];
            if (quote.FirstToken <= token && token < quote.EndToken && quote.Speaker is null)
            {
                AttributionClaim? nearest = null;
                for (var a = first; a < last; a++)
                {
                    if (nearest is null || Distance(Attributions[a].CueToken, quote) < Distance(nearest.CueToken, quote))
                    {
                        nearest = Attributions[a];
                    }
                }

                return nearest;
            }
        }

        return null;
    }

    private static int Distance(int cue, QuoteClaim quote) => cue < quote.FirstToken ? quote.FirstToken - cue : Math.Max(0, cue - quote.EndToken);

    /// <summary>Words that may stand between a gapped party and its figure: "Lithuania up to 30,000", "Breuer about 13,000".</summary>
    private static readonly WordSet GapFillers = new(["up", "to", "about", "around", "some", "roughly", "nearly", "almost", "only", "just", "as", "many", "at", "over", "more", "than"]);

    /// <summary>
    /// "Belarus said up to 7,000 in Belarus, Lithuania up to 30,000 in total": after a comma the
    /// reporting verb is left out, and the party named right before the words is theirs, not the
    /// verb's subject. The party must open its part (a comma, semicolon or "and" before it) and
    /// only words such as "up to" or "about" may stand between it and the words.
    /// </summary>
    private AttributionClaim? GappedParty(AttributionClaim attribution, int token)
    {
        // A loop over the sentence's mentions, not the iterator: asked whenever a verb attributes words.
        EntityMention? party = null;
        var (start, stop) = RangeOf(Entities, attribution.Sentence);
        for (var i = start; i < stop; i++)
        {
            if (Entities[i].FirstToken > attribution.CueToken && Entities[i].EndToken <= token)
            {
                party = Entities[i];
            }
        }

        if (party is null || party.FirstToken == 0 || token - party.EndToken > 3)
        {
            return null;
        }

        var before = party.FirstToken - 1;
        if (!Syntax.IsPunctuation(before, ',') && !Syntax.IsPunctuation(before, ';') && !Syntax.IsWord(before, "and"))
        {
            return null;
        }

        for (var t = party.EndToken; t < token; t++)
        {
            if (!Syntax.IsAnyWord(t, GapFillers))
            {
                return null;
            }
        }

        return new AttributionClaim(party.Span, attribution.Sentence, Syntax.Text.Substring(party.Span.Start, party.Span.Length), party.EntityId, party.FirstToken);
    }

    /// <summary>
    /// "At the range — about 74 km south-west of Minsk — there were observers from 23 countries,
    /// according to the ministry": an aside between dashes is the writer's, whoever the rest is from.
    /// </summary>
    private bool InDashAside(int token, int cue)
    {
        var sentence = Syntax.Sentences[Syntax.SentenceOf(token)];
        int? open = null;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (Syntax.Tokens[t].Kind != TokenKind.Dash)
            {
                continue;
            }

            if (open is not { } o)
            {
                open = t;
            }
            else
            {
                if (o < token && token < t)
                {
                    return !(o < cue && cue < t);
                }

                open = null;
            }
        }

        return false;
    }

    /// <summary>Words that open a clause with a subject of its own: "Minsk says 7,000, while Lithuanian intelligence talks of 30,000".</summary>
    private static readonly WordSet ContrastOpeners = new(["while", "whereas"]);

    /// <summary>Whether a semicolon or a contrasting "while" stands between a reporting verb and the words.</summary>
    private bool OpensOwnClause(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (Syntax.IsPunctuation(t, ';') || Syntax.IsAnyWord(t, ContrastOpeners))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "…, Putin said." or "…,” Khrenin said.": a comma or closing quote sets the tag apart from the
    /// words it attributes. An aside between commas ("The embassy, shut since 2020, could reopen,
    /// Coale says.") is the writer's own, not the speaker's.
    /// </summary>
    private bool ClosesAfterComma(int token, AttributionClaim attribution)
    {
        var tagStart = Math.Min(attribution.CueToken, Syntax.TokenAt(attribution.Span.Start));
        var separators = 0;
        for (var t = token; t < tagStart; t++)
        {
            if (Syntax.IsPunctuation(t, ',') || Syntax.Tokens[t].Kind == TokenKind.CloseQuote)
            {
                separators++;
            }
        }

        return separators == 1 || (separators > 1 && !OpensAside(token));
    }

    /// <summary>Whether a comma stands before the token in its sentence, opening an aside it belongs to.</summary>
    private bool OpensAside(int token)
    {
        var sentence = Syntax.Sentences[Syntax.SentenceOf(token)];
        for (var t = token - 1; t >= sentence.FirstToken; t--)
        {
            if (Syntax.IsPunctuation(t, ','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The party a claim is attributed to, if any (see <see cref="AttributionAt"/>).</summary>
    public AttributionClaim? AttributionFor(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        // A figure in a sentence that names no party goes on with the statement made before it
        // ("Belarus's ministry said the drills began. In all, 7,000 troops take part."). Only figures:
        // a sentence of the writer's own after a quoted one ("A Kalibr was fired at the Baltic Sea")
        // would otherwise pass as the party's claim, and its error as a note.
        return AttributionAt(claim.Sentence, claim.Span.Start)
            ?? (claim is QuantityClaim && RangeOf(Attributions, claim.Sentence) is var (first, last) && first == last ? CarriedTo(claim.Sentence) : null);
    }

    /// <summary>Whether any token in [first, end) is one of the words (a bit test on the sentence first).</summary>
    public bool HasAnyWord(int first, int end, WordSet words)
    {
        var syntax = Syntax;
        if (first >= end)
        {
            return false;
        }

        // The rules ask about clauses, which lie inside one sentence, and most sentences hold none
        // of the words asked for: the sentence's cue mask says so without a look at its tokens.
        var sentence = syntax.SentenceOf(first);
        if (first >= syntax.Sentences[sentence].FirstToken && end <= syntax.Sentences[sentence].EndToken && !syntax.SentenceHas(sentence, words))
        {
            return false;
        }

        for (var t = first; t < end; t++)
        {
            if (syntax.IsAnyWord(t, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the article names the series anywhere.</summary>
    public bool MentionsSeriesInArticle => MentionsSeriesAnywhere();

    public bool Mentions(int sentence, string entityId)
    {
        var (start, end) = RangeOf(Entities, sentence);
        for (var i = start; i < end; i++)
        {
            if (Entities[i].EntityId == entityId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence names one of the lexicon's series ("Zapad").</summary>
    public bool MentionsSeries(int sentence)
    {
        var s = Syntax.Sentences[sentence];
        for (var t = s.FirstToken; t < s.EndToken; t++)
        {
            if (IsSeriesName(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence names the series, or names an edition noun ("the drills") in an article about the series.</summary>
    public bool IsAboutSeries(int sentence)
    {
        if (MentionsSeries(sentence))
        {
            return true;
        }

        var s = Syntax.Sentences[sentence];
        for (var t = s.FirstToken; t < s.EndToken; t++)
        {
            if (IsEditionNoun(t))
            {
                return Editions.Count > 0 || MentionsSeriesAnywhere();
            }
        }

        return false;
    }

    public bool IsSeriesName(int token) => Syntax.IsAnyWord(token, Lexicon.SeriesNameSet);

    public bool IsEditionNoun(int token) => Syntax.IsAnyWord(token, Lexicon.EditionNounSet);

    private bool? _mentionsSeriesAnywhere;

    private bool MentionsSeriesAnywhere()
    {
        if (_mentionsSeriesAnywhere is { } known)
        {
            return known;
        }

        var found = false;
        for (var t = 0; t < Syntax.Tokens.Count && !found; t++)
        {
            found = IsSeriesName(t);
        }

        _mentionsSeriesAnywhere = found;
        return found;
    }
}
