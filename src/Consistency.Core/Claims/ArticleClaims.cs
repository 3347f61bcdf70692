using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Every claim read from one article, in text order. Built once per article by
/// <see cref="ClaimReader"/> and shared by all rules, which read claims instead of re-parsing text.
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

    public List<DateClaim> Dates { get; } = [];

    public List<EntityMention> Entities { get; } = [];

    /// <summary>The claims of one list that stand in the given sentence.</summary>
    public static IEnumerable<T> InSentence<T>(IEnumerable<T> claims, int sentence)
        where T : Claim => claims.Where(c => c.Sentence == sentence);

    /// <summary>The party a sentence attributes its statement to, if it names one.</summary>
    public AttributionClaim? AttributionOf(int sentence) => Attributions.Find(a => a.Sentence == sentence);

    /// <summary>
    /// The party the words at <paramref name="offset"/> are attributed to: "according to X" anywhere
    /// in the sentence, a reporting verb before them ("Lithuania says 30,000"), or one closing the
    /// sentence ("…, Putin said."). A verb after them in mid-sentence speaks of something else
    /// ("the biennial exercise that Russia and Belarus describe as defensive").
    /// </summary>
    public AttributionClaim? AttributionAt(int sentence, int offset)
    {
        var token = Syntax.TokenAt(offset);
        var end = Syntax.Sentences[sentence].EndToken;
        return Attributions.Find(a => a.Sentence == sentence
            && (a.CoversSentence || a.CueToken <= token || (a.CueToken >= end - 4 && ClosesAfterComma(token, a))));
    }

    /// <summary>"…, Putin said." or "…,” Khrenin said.": a comma or closing quote sets the tag apart from the words it attributes.</summary>
    private bool ClosesAfterComma(int token, AttributionClaim attribution)
    {
        var tagStart = Math.Min(attribution.CueToken, Syntax.TokenAt(attribution.Span.Start));
        for (var t = token; t < tagStart; t++)
        {
            if (Syntax.IsPunctuation(t, ',') || Syntax.Tokens[t].Kind == TokenKind.CloseQuote)
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
        return AttributionAt(claim.Sentence, claim.Span.Start);
    }

    /// <summary>Whether the article names the series anywhere.</summary>
    public bool MentionsSeriesInArticle => MentionsSeriesAnywhere();

    public bool Mentions(int sentence, string entityId) => Entities.Exists(e => e.Sentence == sentence && e.EntityId == entityId);

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

    public bool IsSeriesName(int token)
    {
        foreach (var name in Lexicon.SeriesNames)
        {
            if (Syntax.IsWord(token, name))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsEditionNoun(int token)
    {
        foreach (var noun in Lexicon.EditionNouns)
        {
            if (Syntax.IsWord(token, noun))
            {
                return true;
            }
        }

        return false;
    }

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
