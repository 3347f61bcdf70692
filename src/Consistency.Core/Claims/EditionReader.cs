using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Reads editions of the lexicon's series by year:
/// named ("Zapad-2021", "Zapad 2021", "Zapad2021", "the 2021 Zapad", "Zapad drills in 2021", "the 2017 edition"),
/// called the previous one ("the last Zapad drills in 2021", "the previous edition, in 2022", "last held in 2017"),
/// or set against the current one in a comparison ("fewer troops … than the 200,000 participants in 2022").
/// "No Zapad was held in 2022" names no edition.
/// </summary>
internal sealed class EditionReader : IClaimReader
{
    private static readonly WordSet Directions = new(["down", "up"]);

    private const int Window = 6;

    private static readonly WordSet PreviousMarkers = new(["previous", "last", "prior", "preceding"]);

    private static readonly WordSet HeldVerbs = new(["held", "staged", "conducted", "run", "organised", "organized", "took"]);

    private static readonly WordSet Negations = new(["no", "not", "never", "nor", "neither", "without"]);

    private static readonly WordSet ComparisonCues = new(["than", "compared", "versus", "vs", "from", "unlike"]);

    public void Read(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        var found = new Dictionary<int, EditionClaim>();
        // Every edition is a year (read already by YearReader) in a sentence naming the series or an
        // edition noun ("the 2017 edition"): other sentences are not looked at.
        foreach (var index in syntax.SentencesWith(claims.Lexicon.SeriesNameOrEditionNoun))
        {
            var (firstYear, endYear) = ArticleClaims.RangeOf(claims.Years, index);
            if (firstYear == endYear)
            {
                continue;
            }

            var sentence = syntax.Sentences[index];
            found.Clear();
            ReadNamed(claims, sentence, found);
            if (claims.IsAboutSeries(sentence.Index))
            {
                ReadPreviousWithoutName(claims, sentence, found);
                ReadEditionNouns(claims, sentence, found);
                ReadComparisons(claims, sentence, found);
            }

            if (found.Count > 0) // most sentences name no edition
            {
                AddInTokenOrder(claims.Editions, found);
            }
        }
    }

    /// <summary>
    /// A sentence's editions in the order their tokens come: a handful at most, so an insertion sort
    /// of their positions (LINQ's OrderBy cost allocations per sentence and a sorter compiled at start-up).
    /// </summary>
    private static void AddInTokenOrder(List<EditionClaim> editions, Dictionary<int, EditionClaim> found)
    {
        Span<int> tokens = found.Count <= 16 ? stackalloc int[found.Count] : new int[found.Count];
        var count = 0;
        foreach (var token in found.Keys)
        {
            var at = count++;
            for (; at > 0 && tokens[at - 1] > token; at--)
            {
                tokens[at] = tokens[at - 1];
            }

            tokens[at] = token;
        }

        foreach (var token in tokens)
        {
            editions.Add(found[token]);
        }
    }

    private static void ReadNamed(ArticleClaims claims, Sentence sentence, Dictionary<int, EditionClaim> found)
    {
        var syntax = claims.Syntax;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (!claims.IsSeriesName(t))
            {
                continue;
            }

            var yearToken = YearAfterName(syntax, t, sentence.EndToken);
            var leftmost = t;
            if (yearToken < 0 && t - 1 >= sentence.FirstToken && YearReader.IsYearToken(syntax, t - 1))
            {
                yearToken = leftmost = t - 1;
            }

            yearToken = yearToken >= 0 ? yearToken : YearAfterIn(syntax, t + 1, sentence.EndToken);
            if (yearToken < 0 || IsNegated(syntax, leftmost, sentence.FirstToken))
            {
                continue;
            }

            var marked = HasMarkerBefore(syntax, leftmost, sentence.FirstToken) || HasMarkerBetween(syntax, t + 1, yearToken);
            Add(claims, sentence, found, yearToken, marked ? EditionRelation.Previous : EditionRelation.Named);
        }
    }

    /// <summary>"Zapad was last held in 2018": the marker stands between the name and the year.</summary>
    private static bool HasMarkerBetween(ArticleSyntax syntax, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (syntax.IsAnyWord(k, PreviousMarkers))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Zapad-2021", "Zapad 2021", "Zapad2021".</summary>
    private static int YearAfterName(ArticleSyntax syntax, int name, int limit)
    {
        var next = name + 1;
        if (next < limit && syntax.Tokens[next].Kind == TokenKind.Hyphen)
        {
            next++;
        }

        return next < limit && YearReader.IsYearToken(syntax, next) ? next : -1;
    }

    /// <summary>"… drills in 2021" within a short window, not past a clause break.</summary>
    private static int YearAfterIn(ArticleSyntax syntax, int from, int limit)
    {
        for (var k = from; k < limit && k < from + Window; k++)
        {
            var kind = syntax.Tokens[k].Kind;
            if (kind is TokenKind.Terminal or TokenKind.Dash or TokenKind.OpenQuote || syntax.IsPunctuation(k, ';'))
            {
                return -1;
            }

            if (YearReader.IsYearToken(syntax, k) && syntax.IsWord(k - 1, "in"))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"the previous edition, in 2022", "the last round (2017)", "Zapad was last held in 2017".</summary>
    private static void ReadPreviousWithoutName(ArticleClaims claims, Sentence sentence, Dictionary<int, EditionClaim> found)
    {
        var syntax = claims.Syntax;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (!syntax.IsAnyWord(t, PreviousMarkers))
            {
                continue;
            }

            var nounOrVerb = -1;
            for (var k = t + 1; k < sentence.EndToken && k <= t + 3 && nounOrVerb < 0; k++)
            {
                if (claims.IsEditionNoun(k) || claims.IsSeriesName(k) || syntax.IsAnyWord(k, HeldVerbs))
                {
                    nounOrVerb = k;
                }
            }

            if (nounOrVerb < 0)
            {
                continue;
            }

            var year = FirstYearWithin(syntax, nounOrVerb + 1, sentence.EndToken, Window);
            if (year >= 0 && !found.ContainsKey(year))
            {
                // "Previous rounds were held in 2009, 2013, 2017 and 2021": a list of years names
                // the earlier editions, not the one before this.
                Add(claims, sentence, found, year, OpensYearList(syntax, year, sentence.EndToken) ? EditionRelation.Earlier : EditionRelation.Previous);
            }
        }
    }

    /// <summary>Whether another year follows the year after a comma or "and": "2009, 2013 and 2017".</summary>
    private static bool OpensYearList(ArticleSyntax syntax, int year, int end) =>
        year + 2 < end && (syntax.IsPunctuation(year + 1, ',') || syntax.IsWord(year + 1, "and")) && YearReader.IsYearToken(syntax, year + 2);

    /// <summary>"the 2017 edition", "the 2021 exercises".</summary>
    private static void ReadEditionNouns(ArticleClaims claims, Sentence sentence, Dictionary<int, EditionClaim> found)
    {
        var syntax = claims.Syntax;
        for (var t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
        {
            if (YearReader.IsYearToken(syntax, t) && !found.ContainsKey(t) && claims.IsEditionNoun(t + 1)
                && syntax.IsWord(t - 1, "the") && !IsNegated(syntax, t - 1, sentence.FirstToken))
            {
                var relation = HasMarkerBefore(syntax, t, sentence.FirstToken) ? EditionRelation.Previous : EditionRelation.Named;
                Add(claims, sentence, found, t, relation);
            }
        }
    }

    /// <summary>"fewer troops this time compared to the 200,000 participants in 2022", "smaller than the 2021 Zapad".</summary>
    private static void ReadComparisons(ArticleClaims claims, Sentence sentence, Dictionary<int, EditionClaim> found)
    {
        var syntax = claims.Syntax;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (!syntax.IsAnyWord(t, ComparisonCues) || (syntax.IsWord(t, "from") && !syntax.IsAnyWord(t - 1, Directions)))
            {
                continue;
            }

            for (var k = t + 1; k < sentence.EndToken && k <= t + 10; k++)
            {
                if (syntax.Tokens[k].Kind is TokenKind.Terminal or TokenKind.Dash || syntax.IsPunctuation(k, ';'))
                {
                    break;
                }

                if (!YearReader.IsYearToken(syntax, k) || NamesAnotherEvent(claims, k))
                {
                    continue;
                }

                if (found.TryGetValue(k, out var named))
                {
                    if (named.Relation == EditionRelation.Named)
                    {
                        found[k] = named with { Relation = EditionRelation.Earlier };
                    }

                    break;
                }

                var direct = k <= t + 2;
                if (syntax.IsWord(k - 1, "in") || direct || claims.IsEditionNoun(k + 1) || claims.IsSeriesName(k + 1))
                {
                    Add(claims, sentence, found, k, EditionRelation.Earlier);
                    break;
                }
            }
        }
    }

    /// <summary>"Union Resolve-2022": a year fused to another capitalised name belongs to another event.</summary>
    private static bool NamesAnotherEvent(ArticleClaims claims, int year)
    {
        var syntax = claims.Syntax;
        var before = year - 1;
        if (before >= 0 && syntax.Tokens[before].Kind == TokenKind.Hyphen && syntax.Tokens[year].IsAttached)
        {
            before--;
        }

        return before >= 0 && syntax.Tokens[before].IsWord && syntax.Tokens[before].Has(TokenFlags.Capitalized)
            && syntax.Tokens[year].IsAttached is var attached && (attached || syntax.Tokens[before + 1].Kind == TokenKind.Hyphen)
            && !claims.IsSeriesName(before);
    }

    private static int FirstYearWithin(ArticleSyntax syntax, int from, int limit, int window)
    {
        for (var k = from; k < limit && k < from + window; k++)
        {
            if (syntax.Tokens[k].Kind == TokenKind.Terminal)
            {
                return -1;
            }

            if (YearReader.IsYearToken(syntax, k))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool HasMarkerBefore(ArticleSyntax syntax, int t, int sentenceStart)
    {
        for (var k = t - 1; k >= sentenceStart && k >= t - 4; k--)
        {
            if (syntax.IsAnyWord(k, PreviousMarkers))
            {
                return true;
            }

            if (syntax.Tokens[k].Kind is TokenKind.Terminal or TokenKind.Punctuation && !syntax.IsPunctuation(k, '\u2019'))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsNegated(ArticleSyntax syntax, int t, int sentenceStart)
    {
        for (var k = t - 1; k >= sentenceStart && k >= t - 3; k--)
        {
            if (syntax.IsAnyWord(k, Negations))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(ArticleClaims claims, Sentence sentence, Dictionary<int, EditionClaim> found, int yearToken, EditionRelation relation)
    {
        var syntax = claims.Syntax;
        YearReader.TryYear(syntax, yearToken, out var year);
        var series = claims.Lexicon.SeriesNames.Count > 0 ? claims.Lexicon.SeriesNames[0] : "";
        found[yearToken] = new EditionClaim(syntax.SpanOf(yearToken, yearToken + 1), sentence.Index, series, year, relation);
    }
}
