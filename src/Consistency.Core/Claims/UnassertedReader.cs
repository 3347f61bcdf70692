using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Finds the stretches of an article that it reports without asserting (see <see cref="UnassertedClaim"/>):
/// a denial or refutation and what follows it in its clause, an indirect question, a correction
/// note's sentence, a quoted banner or slogan. Runs after the quote reader.
/// </summary>
internal sealed class UnassertedReader : IClaimReader
{
    /// <summary>Verbs that refute what they govern: "denied that …", "dismissed reports of …".</summary>
    private static readonly WordSet RefutingVerbs = new([
        "denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes",
        "debunked", "debunks", "disputed", "disputes", "contradicted",
    ]);

    /// <summary>Adverbs that disown the report they qualify: "falsely claimed …", "wrongly reported …".</summary>
    private static readonly WordSet DisowningAdverbs = new(["falsely", "wrongly", "incorrectly", "erroneously", "mistakenly", "inaccurately"]);

    /// <summary>Nouns and adjectives that refute the "that …" after them: "false claims that …", "rumours that …", "not true that …".</summary>
    private static readonly WordSet RefutingWords = new([
        "false", "untrue", "myth", "myths", "rumour", "rumours", "rumor", "rumors", "disinformation", "misinformation", "baseless",
        "unfounded", "true", "case", "correct", "accurate",
    ]);

    /// <summary>What a refuting word governs: "that …", "reports of …", "claims about …".</summary>
    private static readonly WordSet Governed = new(["that", "claims", "claim", "reports", "report", "suggestions", "allegations", "of", "about"]);

    /// <summary>A verdict at a sentence's end that refutes all before it: "… is false", "… was wrong".</summary>
    private static readonly WordSet Verdicts = new(["false", "untrue", "wrong", "incorrect", "baseless", "unfounded", "inaccurate", "misleading"]);

    private static readonly WordSet Copulas = new(["is", "was", "are", "were"]);

    /// <summary>How far "that" may follow "not true" across an aside between commas.</summary>
    private const int AsideReach = 8;

    /// <summary>Words that open an indirect question.</summary>
    private static readonly WordSet QuestionOpeners = new(["whether"]);

    /// <summary>Verbs after which "if" opens an indirect question ("asked if …").</summary>
    private static readonly WordSet AskingVerbs = new(["asked", "asks", "ask", "asking", "wondered", "wonders", "wonder", "questioned", "unclear", "unknown", "know", "sure", "clear"]);

    /// <summary>Where a denied or asked stretch stops: the next clause in contrast with it.</summary>
    private static readonly WordSet ContrastWords = new(["but", "while", "whereas", "although", "though", "however", "instead"]);

    private static readonly WordSet VersionWords = new(["version", "versions", "draft", "post", "entry"]);

    private static readonly WordSet EarlierWords = new(["earlier", "previous", "original", "initial", "prior"]);

    private static readonly WordSet CorrectionWords = new(["correction", "corrections", "corrected", "clarification", "erratum"]);

    /// <summary>Labels under which fact-checks and explainers set out what others claim: "Claim: …", "Myth: …".</summary>
    private static readonly WordSet ClaimLabels = new(["claim", "claims", "myth", "rumour", "rumor", "allegation", "viral", "post", "posts", "headline"]);

    private static readonly WordSet DisplayNouns = new([
        "banner", "banners", "placard", "placards", "slogan", "slogans", "sign", "signs", "poster", "posters", "chant", "chants",
        "chanted", "chanting", "headline", "headlines", "hashtag", "caption", "billboard", "billboards", "graffiti", "reading", "read",
    ]);

    /// <summary>What a newspaper's corrections column says was wrong: "An article on Tuesday said …", "A photo caption described …".</summary>
    private static readonly WordSet PieceNouns = new([
        "article", "articles", "report", "story", "piece", "caption", "brief", "headline", "item", "analysis", "post", "dispatch",
        "broadcast", "bulletin", "column", "editorial", "graphic", "map", "chart", "version", "explainer", "timeline", "newsletter",
    ]);

    private static readonly WordSet PieceVerbs = new([
        "said", "stated", "reported", "described", "gave", "wrote", "claimed", "put", "attributed", "referred", "misstated", "called",
        "listed", "named", "identified", "suggested", "implied", "misidentified", "quoted", "misquoted", "dated", "placed",
    ]);

    private static readonly WordSet Openers = new(["a", "an", "the", "our", "one", "this", "that", "another", "yesterday's", "Saturday's"]);

    /// <summary>How many words may stand between a piece's determiner and its reporting verb: "An analysis piece on Monday said".</summary>
    private const int PieceReach = 6;

    private static readonly WordSet Cues = WordSet.Union(
        RefutingVerbs, DisowningAdverbs, RefutingWords, Verdicts, QuestionOpeners, AskingVerbs, VersionWords, CorrectionWords, DisplayNouns, ClaimLabels);

    /// <summary>Labels that open a fact-check's ruling on the claim set out just before it: "Verdict: False."</summary>
    private static readonly WordSet RulingLabels = new(["Verdict", "VERDICT", "Rating", "RATING", "Ruling", "RULING"]);

    public void Read(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        foreach (var index in syntax.SentencesWith(RulingLabels))
        {
            // 3. "55 countries watched the drills." / Verdict: False. — the quoted sentence is the claim ruled on.
            if (index > 0 && syntax.IsAnyWord(syntax.Sentences[index].FirstToken, RulingLabels) && IsWhollyQuoted(syntax, syntax.Sentences[index - 1]))
            {
                var claimed = syntax.Sentences[index - 1];
                Add(claims, claimed, claimed.FirstToken, claimed.EndToken, UnassertedReason.Denied);
            }
        }

        foreach (var index in syntax.SentencesWith(Cues))
        {
            var sentence = syntax.Sentences[index];
            if (IsCorrectionNote(syntax, sentence))
            {
                Add(claims, sentence, sentence.FirstToken, sentence.EndToken, UnassertedReason.Corrected);
                continue;
            }

            if (IsLabelledClaim(syntax, sentence))
            {
                Add(claims, sentence, sentence.FirstToken, sentence.EndToken, UnassertedReason.Denied);
                continue;
            }

            if (VerdictAtEnd(syntax, sentence) is var verdict and >= 0)
            {
                Add(claims, sentence, sentence.FirstToken, verdict, UnassertedReason.Denied);
                continue;
            }

            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (Refutes(syntax, sentence, t))
                {
                    var end = StretchEnd(syntax, sentence, t + 1);
                    Add(claims, sentence, t, end, UnassertedReason.Denied);
                    t = end - 1;
                }
                else if (syntax.IsAnyWord(t, QuestionOpeners) || (syntax.IsWord(t, "if") && t > sentence.FirstToken && syntax.IsAnyWord(t - 1, AskingVerbs)))
                {
                    var end = StretchEnd(syntax, sentence, t + 1);
                    Add(claims, sentence, t, end, UnassertedReason.Asked);
                    t = end - 1;
                }
            }
        }

        if (claims.Unasserted.Exists(static u => u.Reason == UnassertedReason.Corrected))
        {
            AddCorrectedPieces(claims);
        }

        AddDisplayedQuotes(claims);
        claims.Unasserted.Sort(static (a, b) => a.Sentence != b.Sentence ? a.Sentence.CompareTo(b.Sentence) : a.FirstToken.CompareTo(b.FirstToken));
    }

    /// <summary>
    /// Whether the token opens a refuted stretch: a refuting verb or word governing what follows
    /// ("denied that", "rumours of", "not true that"), or a disowning adverb ("falsely claimed").
    /// </summary>
    private static bool Refutes(ArticleSyntax syntax, Sentence sentence, int t)
    {
        if (syntax.IsAnyWord(t, DisowningAdverbs))
        {
            return true;
        }

        var refuting = syntax.IsAnyWord(t, RefutingVerbs)
            || (syntax.IsAnyWord(t, RefutingWords) && (!IsAffirmativeOnly(syntax, t) || IsNegatedBefore(syntax, sentence, t)));
        if (!refuting)
        {
            return false;
        }

        // "not true that …" may hold an aside before its "that": "It is not true, as posts claimed, that …".
        var reach = IsAffirmativeOnly(syntax, t) ? AsideReach : 3;
        for (var k = t + 1; k < sentence.EndToken && k <= t + reach; k++)
        {
            if (syntax.IsAnyWord(k, Governed))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"true", "case", "correct", "accurate" refute only when negated: "not true that …", "not the case that …".</summary>
    private static bool IsAffirmativeOnly(ArticleSyntax syntax, int t) =>
        syntax.IsWord(t, "true") || syntax.IsWord(t, "case") || syntax.IsWord(t, "correct") || syntax.IsWord(t, "accurate");

    private static bool IsNegatedBefore(ArticleSyntax syntax, Sentence sentence, int t)
    {
        for (var k = t - 1; k >= sentence.FirstToken && k >= t - 3; k--)
        {
            if (syntax.IsWord(k, "not") || syntax.IsWord(k, "never"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The claim that the last Zapad was in 2022 is false.": a verdict closing the sentence refutes what stands before it.</summary>
    private static int VerdictAtEnd(ArticleSyntax syntax, Sentence sentence)
    {
        var last = sentence.EndToken - 1;
        while (last > sentence.FirstToken && !syntax.Tokens[last].IsWord)
        {
            last--;
        }

        return last > sentence.FirstToken + 1 && syntax.IsAnyWord(last, Verdicts) && syntax.IsAnyWord(last - 1, Copulas) ? last - 1 : -1;
    }

    /// <summary>
    /// "Correction: an earlier version of this article said …", "This story was corrected: it
    /// previously gave …": the sentence repeats the wrong words to retract them.
    /// </summary>
    private static bool IsCorrectionNote(ArticleSyntax syntax, Sentence sentence)
    {
        var earlier = false;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            // "Correction: …", "A quick correction to an earlier post: we wrote that …"
            if (syntax.IsAnyWord(t, CorrectionWords) && t - sentence.FirstToken <= 2)
            {
                return true;
            }

            earlier |= syntax.IsAnyWord(t, EarlierWords);
            if (earlier && syntax.IsAnyWord(t, VersionWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// In an article that corrects itself, "An article on Tuesday said the drills were held in Minsk.",
    /// "The same report described the officers as taking part.": a sentence opening with an earlier
    /// piece of the paper and what it said repeats the wrong words the column goes on to put right.
    /// A piece with a name in it ("A TASS report said") is an outlet's claim, attributed, not this.
    /// </summary>
    private static void AddCorrectedPieces(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        foreach (var index in syntax.SentencesWith(PieceNouns))
        {
            var sentence = syntax.Sentences[index];
            var first = sentence.FirstToken;
            if (!syntax.IsAnyWord(first, Openers) || claims.Unasserted.Exists(u => u.Sentence == index))
            {
                continue;
            }

            var piece = false;
            for (var t = first + 1; t < sentence.EndToken && t <= first + PieceReach; t++)
            {
                if (piece && syntax.IsAnyWord(t, PieceVerbs))
                {
                    Add(claims, sentence, first, sentence.EndToken, UnassertedReason.Corrected);
                    break;
                }

                piece |= syntax.IsAnyWord(t, PieceNouns);
                if (!syntax.Tokens[t].IsWord || (char.IsUpper(syntax.Text[syntax.Tokens[t].Start]) && !(CalendarWords.TryWeekday(syntax.TextOf(t), out _) || CalendarWords.TryMonth(syntax.TextOf(t), out _))))
                {
                    break; // "A TASS report said": a named outlet's claim; a comma or a number: no simple opening
                }
            }
        }
    }

    /// <summary>
    /// "Claim: “Romania shot down a drone.”", "Myth: …": a fact-check sets out the claim it is about
    /// to rule on; the verdict that follows is the article's assertion, the claim is not.
    /// </summary>
    private static bool IsLabelledClaim(ArticleSyntax syntax, Sentence sentence)
    {
        var first = sentence.FirstToken;
        var label = first + 1 < sentence.EndToken && syntax.IsAnyWord(first, ClaimLabels) && syntax.IsPunctuation(first + 1, ':');
        var twoWordLabel = first + 2 < sentence.EndToken && syntax.IsAnyWord(first + 1, ClaimLabels) && syntax.IsPunctuation(first + 2, ':');
        // "Claim 2:", "Claim #4:", "Claim 2 —": a numbered claim in a fact-check's list.
        var numbered = first + 2 < sentence.EndToken && syntax.IsAnyWord(first, ClaimLabels) && syntax.Tokens[first + 1].IsNumber
            && (syntax.IsPunctuation(first + 2, ':') || syntax.Tokens[first + 2].Kind == TokenKind.Dash || syntax.IsPunctuation(first + 2, '.'));
        return label || twoWordLabel || numbered; // "Claim:", "The claim:", "Viral post:", "Claim 2:"
    }

    /// <summary>A sentence that is one quotation, after a list number at most: <c>3. "55 countries watched the drills."</c></summary>
    private static bool IsWhollyQuoted(ArticleSyntax syntax, Sentence sentence)
    {
        var first = sentence.FirstToken;
        if (first + 1 < sentence.EndToken && syntax.Tokens[first].IsNumber && (syntax.IsPunctuation(first + 1, '.') || syntax.IsPunctuation(first + 1, ')')))
        {
            first += 2;
        }

        var last = sentence.EndToken - 1;
        while (last > first && syntax.Tokens[last].Kind is not TokenKind.CloseQuote && !syntax.Tokens[last].IsWord && !syntax.Tokens[last].IsNumber)
        {
            last--;
        }

        return first < last && syntax.Tokens[first].Kind == TokenKind.OpenQuote && syntax.Tokens[last].Kind == TokenKind.CloseQuote;
    }

    /// <summary>The end of a denied or asked stretch: the sentence's end, or the first contrast or semicolon after it.</summary>
    private static int StretchEnd(ArticleSyntax syntax, Sentence sentence, int from)
    {
        for (var t = from; t < sentence.EndToken; t++)
        {
            if (syntax.IsAnyWord(t, ContrastWords) || syntax.IsPunctuation(t, ';'))
            {
                return t;
            }
        }

        return sentence.EndToken;
    }

    /// <summary>A quote right after "a banner reading", "placards saying", "the headline": shown, not said.</summary>
    private static void AddDisplayedQuotes(ArticleClaims claims)
    {
        var syntax = claims.Syntax;
        foreach (var quote in claims.Quotes)
        {
            var sentence = syntax.Sentences[quote.Sentence];
            for (var t = Math.Max(sentence.FirstToken, quote.FirstToken - 5); t < quote.FirstToken; t++)
            {
                if (syntax.IsAnyWord(t, DisplayNouns) && !(syntax.IsWord(t, "read") && quote.SpeakerEntityId is not null))
                {
                    Add(claims, sentence, quote.FirstToken, quote.EndToken, UnassertedReason.Displayed);
                    break;
                }
            }
        }
    }

    private static void Add(ArticleClaims claims, Sentence sentence, int first, int end, UnassertedReason reason)
    {
        if (first < end)
        {
            claims.Unasserted.Add(new UnassertedClaim(claims.Syntax.SpanOf(first, end), sentence.Index, first, end, reason));
        }
    }
}
