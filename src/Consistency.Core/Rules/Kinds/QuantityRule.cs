using Consistency.Claims;
using Consistency.Text;

namespace Consistency.Rules.Kinds;

/// <summary>
/// The kind of check "a counted fact has its value": every number the article gives for the fact
/// (its noun after it, its context in the sentence, none of its exclusions) must be one of the
/// fact's figures, hedges taken into account ("nearly two dozen" holds 23). A figure attributed to
/// a party is held to what that party said when the fact records it, and is otherwise a note
/// (info), never an error; attributed to the fact's own source, or to a party whose figure the
/// fact records, and differing, it is a warning (the source misquoted); so is one party's figure
/// given to another. A rule of this kind reports its descriptor's message with {0} the
/// values the fact allows and {1} the words the article gives.
/// </summary>
public abstract class QuantityRule(QuantityFact fact) : FactRule<QuantityFact>(fact)
{
    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        var fact = Fact;
        var asked = new SentenceAnswer();
        foreach (var quantity in claims.Quantities)
        {
            if (!Counts(claims, quantity, fact, ref asked))
            {
                continue;
            }

            var attribution = claims.AttributionFor(quantity);
            var party = attribution?.EntityId;
            if (party is not null && !fact.Figures.Any(f => f.Party == party) && fact.Figures.FirstOrDefault(f => f.Party is not null && Matches(quantity, f, fact)) is { } theirs)
            {
                // "Zapad-2021 drew about 200,000 troops, according to NATO": Russia's figure given to another
                // party. The figure is right and its party wrong: the finding covers both, figure to party.
                var value = theirs.Value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
                var span = attribution!.Sentence == quantity.Sentence && attribution.CarriedFrom is null
                    ? Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(Math.Min(quantity.Span.Start, attribution.Span.Start), Math.Max(quantity.Span.End, attribution.Span.End))
                    : quantity.Span;
                context.Report(span, Severity.Warning, $"{value} ({NameOf(claims, theirs.Party!)}'s figure, not {NameOf(claims, party)}'s)", context.Article.Slice(quantity.Span).ToString());
                continue;
            }

            if (Allows(claims, quantity, fact, party))
            {
                continue;
            }

            var stated = context.Article.Slice(quantity.Span).ToString();
            if (party is not null && (party == fact.Source || fact.Figures.Any(f => f.Party == party)))
            {
                context.Report(quantity.Span, Severity.Warning, Expected(fact, party), stated);
            }
            else
            {
                context.ReportContradiction(quantity.Span, Expected(fact, party), stated);
            }
        }
    }

    /// <summary>
    /// Whether the number counts the fact's thing in a sentence about it, and the sentence names
    /// none of the occasions of its conditional figures (the June or December release): the count
    /// other rules compare within an article.
    /// </summary>
    public static bool IsPlainCountOf(ArticleClaims claims, QuantityClaim quantity, QuantityFact fact)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(quantity);
        ArgumentNullException.ThrowIfNull(fact);
        var asked = new SentenceAnswer();
        if (!Counts(claims, quantity, fact, ref asked))
        {
            return false;
        }

        var sentence = claims.Syntax.Sentences[quantity.Sentence];
        return !fact.Figures.Any(f => f.When is { } when && when.IsIn(claims, sentence.FirstToken, sentence.EndToken));
    }

    /// <summary>The answer for the sentence asked last: a sentence of thousands of numbers is read for its context once.</summary>
    private struct SentenceAnswer
    {
        public int Sentence;
        public bool Known;
        public bool About;
    }

    /// <summary>Whether an organisation's name starts at the token (a loop over the sentence's mentions: asked per word, no iterator).</summary>
    private static bool NamesOrganisation(ArticleClaims claims, int sentence, int token)
    {
        var (start, stop) = ArticleClaims.RangeOf(claims.Entities, sentence);
        for (var i = start; i < stop; i++)
        {
            if (claims.Entities[i].FirstToken == token && claims.Lexicon.KindOf(claims.Entities[i].EntityId) == OrganisationKind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lexicon's kind for organisations (NATO, the EU).</summary>
    private const string OrganisationKind = "organization";

    /// <summary>Whether the number counts the fact's thing in a sentence about it.</summary>
    private static bool Counts(ArticleClaims claims, QuantityClaim quantity, QuantityFact fact, ref SentenceAnswer asked)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(quantity);
        ArgumentNullException.ThrowIfNull(fact);
        var sentence = claims.Syntax.Sentences[quantity.Sentence];
        if (!CountsNoun(claims, quantity, fact, sentence.EndToken))
        {
            return false;
        }

        if (!fact.InClause && asked.Known && asked.Sentence == quantity.Sentence)
        {
            return asked.About;
        }

        var (first, end) = fact.InClause ? claims.Syntax.ClauseAround(sentence, quantity.FirstToken) : (sentence.FirstToken, sentence.EndToken);
        first = claims.Syntax.WithLabel(sentence, first); // "- Zapad-2017 (14–20 September 2017): officially 12,700 troops"
        var excluded = fact.Excluding is not null && fact.Excluding.IsIn(claims, first, end);
        var named = Cue.AllIn(fact.Context, claims, first, end)
            || (fact.ContextInSentenceBefore && sentence.Index > 0 && Cue.AllIn(fact.Context, claims, claims.Syntax.Sentences[sentence.Index - 1].FirstToken, sentence.FirstToken)
                && (fact.Excluding is null || !fact.Excluding.IsIn(claims, sentence.FirstToken, sentence.EndToken)));
        var about = named && !excluded;
        asked = new SentenceAnswer { Sentence = quantity.Sentence, Known = !fact.InClause, About = about };
        return about;
    }

    /// <summary>One of the fact's nouns among the first words after the number, before any other number or punctuation ("52 political prisoners").</summary>
    private static bool CountsNoun(ArticleClaims claims, QuantityClaim quantity, QuantityFact fact, int sentenceEnd)
    {
        var syntax = claims.Syntax;
        if (!fact.CountsPart && IsPartBefore(syntax, quantity.FirstToken))
        {
            return false; // "observers from 23 countries, including three NATO member states": a part of the count
        }

        if (fact.BareFrom is { } bare && quantity.Value >= bare)
        {
            return true;
        }

        var words = 0;
        for (var t = quantity.EndToken; t < sentenceEnd && words < fact.NounWithin; t++)
        {
            if (!syntax.Tokens[t].IsWord)
            {
                if (syntax.Tokens[t].Kind == Text.TokenKind.Hyphen)
                {
                    continue; // "7,000-strong"
                }

                return false;
            }

            if (words == 0 && syntax.IsWord(t, "of") && !fact.CountsPart)
            {
                return false; // "14 of the 52 prisoners": a part of a count, not the count
            }

            words++;
            if (fact.Nouns.IsIn(claims, t, t + 1))
            {
                return true;
            }

            // "three NATO member states": an organisation's members counted are a part, not the whole.
            if (!fact.CountsPart && (syntax.IsWord(t, "member") || (syntax.Tokens[t].Has(Text.TokenFlags.Capitalized) && NamesOrganisation(claims, quantity.Sentence, t))))
            {
                return false;
            }
        }

        return false;
    }

    private static bool Allows(ArticleClaims claims, QuantityClaim quantity, QuantityFact fact, string? party)
    {
        var sentence = claims.Syntax.Sentences[quantity.Sentence];
        // "Moscow's tallies for events in Russia — over 100 representatives from 55 countries — should
        // not be read as attendance at Borisovsky": what rules a figure out is looked for in its own clause.
        var (clauseFirst, clauseEnd) = claims.Syntax.ClauseAround(sentence, quantity.FirstToken);
        var partyKnown = party is not null && fact.Figures.Any(f => f.Party == party);
        foreach (var figure in fact.Figures)
        {
            // A party's own figure is checked against that party's word when the fact records it.
            if (partyKnown && figure.Party != party && figure.Party is not null)
            {
                continue;
            }

            if ((figure.When is { } when && !when.IsIn(claims, sentence.FirstToken, sentence.EndToken))
                || (figure.Unless is { } unless && unless.IsIn(claims, clauseFirst, clauseEnd) && !WhenIsNearer(claims, figure, quantity, clauseFirst, clauseEnd)))
            {
                continue;
            }

            if (Matches(quantity, figure, fact))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Russia's tally of 55 countries referred to events in Russia and is not the Borisovsky figure":
    /// when the words that make a figure true stand nearer the number than the words that rule it
    /// out, the figure is the one they make true.
    /// </summary>
    private static bool WhenIsNearer(ArticleClaims claims, Figure figure, QuantityClaim quantity, int first, int end)
    {
        if (figure.When is not { } when || figure.Unless is not { } unless)
        {
            return false;
        }

        return Distance(when.Positions(claims, first, end), quantity.FirstToken) < Distance(unless.Positions(claims, first, end), quantity.FirstToken);
    }

    private static int Distance(List<int> positions, int at)
    {
        var nearest = int.MaxValue;
        foreach (var p in positions)
        {
            nearest = Math.Min(nearest, Math.Abs(p - at));
        }

        return nearest;
    }

    private static readonly WordSet PartOpeners = new(["including", "incl", "among"]);

    /// <summary>"including three", "among them 14": a number that counts part of another.</summary>
    private static bool IsPartBefore(ArticleSyntax syntax, int number)
    {
        var t = number - 1;
        if (t >= 0 && syntax.IsWord(t, "them"))
        {
            t--; // "among them 14"
        }

        return t >= 0 && syntax.IsAnyWord(t, PartOpeners);
    }

    /// <summary>An entity's name as the lexicon first gives it ("Russia" for "russia").</summary>
    private static string NameOf(ArticleClaims claims, string entityId)
    {
        foreach (var entity in claims.Lexicon.Entities)
        {
            if (entity.Id == entityId && entity.Aliases.Count > 0)
            {
                return entity.Aliases[0];
            }
        }

        return entityId;
    }

    /// <summary>A stated number is the figure when its hedge holds it, or within the fact's tolerance; a count under a hundred is exact (53 prisoners are not 52) unless the fact sets its own tolerance (a distance).</summary>
    private static bool Matches(QuantityClaim quantity, Figure figure, QuantityFact fact) =>
        quantity.Range.Contains(figure.Value)
        || ((figure.Value >= 100 || fact.Tolerance != QuantityFact.DefaultTolerance) && Math.Abs(quantity.Value - figure.Value) <= figure.Value * fact.Tolerance
            && (fact.Tolerance > RoundingTolerance || RoundsTo(figure.Value, quantity.Value)));

    /// <summary>Up to this tolerance a figure is a count, and a stated number must be it rounded (see <see cref="RoundsTo"/>).</summary>
    private const decimal RoundingTolerance = 0.05m;

    /// <summary>
    /// "about 13,000" and "12,700" for an official 12,700; not "12,900": a number is the figure rounded
    /// to the number's own last significant digit, so a number stated to the hundred must be right to the hundred.
    /// </summary>
    private static bool RoundsTo(decimal figure, decimal stated)
    {
        var unit = 1m;
        while (stated != 0 && stated % (unit * 10) == 0)
        {
            unit *= 10;
        }

        return Math.Abs(figure - stated) <= unit / 2;
    }

    /// <summary>
    /// The values the fact allows a party (or anyone, for null), "52" or "7,000 or 6,850": the
    /// message's {0}; the words the article gives are its {1}.
    /// </summary>
    private static string Expected(QuantityFact fact, string? party)
    {
        var values = new List<decimal>();
        foreach (var figure in fact.Figures)
        {
            if (figure.When is null && (figure.Party is null || figure.Party == party) && !values.Contains(figure.Value))
            {
                values.Add(figure.Value);
            }
        }

        // A fact whose figures all belong to parties ("200,000 by Russia's count, 12,800 by Belarus's") lists them all.
        if (values.Count == 0)
        {
            values.AddRange(fact.Figures.Where(f => f.When is null).Select(f => f.Value).Distinct());
        }

        return string.Join(" or ", values.Select(v => v.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
