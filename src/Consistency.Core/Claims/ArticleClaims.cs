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
        _seriesNames = new WordSet(lexicon.SeriesNames);
        _editionNouns = new WordSet(lexicon.EditionNouns);
    }

    private readonly WordSet _seriesNames;

    private readonly WordSet _editionNouns;

    public ArticleSyntax Syntax { get; }

    public Lexicon Lexicon { get; }

    public List<QuantityClaim> Quantities { get; } = [];

    public List<YearClaim> Years { get; } = [];

    public List<EditionClaim> Editions { get; } = [];

    public List<RecurrenceClaim> Recurrences { get; } = [];

    public List<AttributionClaim> Attributions { get; } = [];

    public List<EntityMention> Entities { get; } = [];

    /// <summary>The claims of one list that stand in the given sentence.</summary>
    public static IEnumerable<T> InSentence<T>(IEnumerable<T> claims, int sentence)
        where T : Claim => claims.Where(c => c.Sentence == sentence);

    /// <summary>The party a sentence attributes its statement to, if it names one.</summary>
    public AttributionClaim? AttributionOf(int sentence)
    {
        var i = FirstInSentence(Attributions, sentence);
        return i < Attributions.Count && Attributions[i].Sentence == sentence ? Attributions[i] : null;
    }

    public bool Mentions(int sentence, string entityId)
    {
        for (var i = FirstInSentence(Entities, sentence); i < Entities.Count && Entities[i].Sentence == sentence; i++)
        {
            if (Entities[i].EntityId == entityId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first entity mention in the sentence that overlaps the tokens [first, end).</summary>
    public EntityMention? EntityOverlapping(int sentence, int first, int end)
    {
        for (var i = FirstInSentence(Entities, sentence); i < Entities.Count && Entities[i].Sentence == sentence; i++)
        {
            if (Entities[i].FirstToken < end && Entities[i].EndToken > first)
            {
                return Entities[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Where a sentence's claims start in a list, by binary search: every list is in text order
    /// (the readers go through sentences in order; the property tests check it), and a linear
    /// search per question made a 50 MB article quadratic.
    /// </summary>
    private static int FirstInSentence<T>(List<T> claims, int sentence)
        where T : Claim
    {
        int lo = 0, hi = claims.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (claims[mid].Sentence < sentence)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
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

    public bool IsSeriesName(int token)
    {
        return Syntax.IsAnyWord(token, _seriesNames); // asked of every token: a prefiltered set, not a loop over the lexicon
    }

    public bool IsEditionNoun(int token)
    {
        return Syntax.IsAnyWord(token, _editionNouns);
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
