using Consistency.Text;

namespace Consistency.Rules.Kinds;

/// <summary>
/// The kind of check "an event did not include this": in a clause that names the subject, an
/// action the facts rule out is reported, unless the article does not assert it (negated, denied,
/// asked: the engine's reading of assertion). "F-16s were scrambled but did not shoot it down" is
/// therefore true reporting, "F-16s shot it down" is not.
/// </summary>
public abstract class ExcludedActionRule(ExcludedAction fact) : FactRule<ExcludedAction>(fact)
{
    private const int ParticleReach = 3;

    /// <summary>The descriptor's message format for a rule of this kind: {0} what the facts say, {1} the words given.</summary>
    public const string MessageFormat = KindMessages.ArticleSays;

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        var syntax = claims.Syntax;
        var fact = Fact;
        if (fact.Listed is { } list)
        {
            // "Poland, Lithuania and Estonia declined": the ones who did the other thing are a closed list.
            foreach (var outsider in list.Outsiders(claims))
            {
                context.ReportContradiction(outsider.Span, fact.What, context.Article.Slice(outsider.Span).ToString());
            }
        }

        // A verb that two of the fact's deeds share ("buy new jets": "buy … new", "buy … jets") is one finding.
        HashSet<int>? reportedVerbs = null;
        foreach (var action in fact.Actions)
        {
            foreach (var index in syntax.SentencesWith(action.Verbs))
            {
                var sentence = syntax.Sentences[index];
                var reportedUntil = sentence.FirstToken;
                for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    // A word inside words already reported ("south-west of": "west") is not reported again.
                    if (t < reportedUntil || !syntax.IsAnyWord(t, action.Verbs) || reportedVerbs?.Contains(t) == true || ActionEnd(syntax, sentence, t, action) is not { } end)
                    {
                        continue;
                    }

                    var (first, last) = NarrowToRelativeAside(syntax, sentence, t, syntax.ClauseAround(sentence, t));
                    if (first > sentence.FirstToken && syntax.IsAnyWord(first, Pronouns))
                    {
                        first = sentence.FirstToken; // "Statkevich was the best known; he crossed into Lithuania": the pronoun's name came first
                    }

                    if (Cue.AllIn(fact.Subject, claims, first, last) && Cue.AllAround(fact.Context, claims, index)
                        && !(fact.Unless is { } unless && unless.IsIn(claims, sentence.FirstToken, sentence.EndToken)))
                    {
                        var span = syntax.SpanOf(t, end);
                        context.ReportContradiction(span, fact.What, syntax.Article.Slice(span).ToString());
                        reportedUntil = end;
                        (reportedVerbs ??= []).Add(t);
                    }
                }
            }
        }
    }

    private static readonly WordSet Pronouns = new(["he", "she", "He", "She"]);

    private static readonly WordSet RelativePronouns = new(["which", "who", "whose", "whom"]);

    /// <summary>
    /// "Unlike Poland, which shot down drones, Romania …": an action inside an aside that opens
    /// with a relative pronoun belongs to the aside's own subject, so only the aside is searched.
    /// </summary>
    private static (int First, int End) NarrowToRelativeAside(ArticleSyntax syntax, Sentence sentence, int t, (int First, int End) clause)
    {
        var open = t - 1;
        while (open >= clause.First && !syntax.IsPunctuation(open, ','))
        {
            open--;
        }

        if (open < clause.First || !syntax.IsAnyWord(open + 1, RelativePronouns))
        {
            return clause;
        }

        var close = t + 1;
        while (close < clause.End && !syntax.IsPunctuation(close, ','))
        {
            close++;
        }

        // The aside's subject is the words before it: "Poland, which shot down drones".
        var subject = open - 1;
        while (subject > clause.First && !syntax.IsPunctuation(subject - 1, ','))
        {
            subject--;
        }

        return (Math.Max(clause.First, subject), close);
    }

    /// <summary>The token after the action's words: the verb's, or its particle's within reach ("shot it down").</summary>
    private static int? ActionEnd(ArticleSyntax syntax, Sentence sentence, int verb, Deed action)
    {
        if (action.Particle is null)
        {
            return verb + 1;
        }

        for (var t = verb + 1; t < sentence.EndToken && t <= verb + ParticleReach; t++)
        {
            // A particle may be a number: "Article 5" ruled out where Article 4 was invoked.
            if (syntax.IsWord(t, action.Particle) || (syntax.Tokens[t].IsNumber && syntax.TextOf(t).SequenceEqual(action.Particle)))
            {
                return t + 1;
            }
        }

        return null;
    }
}
