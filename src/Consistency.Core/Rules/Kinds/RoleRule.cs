using Consistency.Claims;
using Consistency.Text;

namespace Consistency.Rules.Kinds;

/// <summary>
/// The kind of check "who did it, where it went": in a clause naming the event, the entity a role
/// word introduces ("signed by Interior Minister Marcin Kierwiński", "taken to Lithuania") must be
/// one the facts give the role. Titles between the role word and the name are passed over.
/// </summary>
public abstract class RoleRule(RoleFact fact) : FactRule<RoleFact>(fact)
{
    /// <summary>How far after the role word the entity may stand ("by Interior Minister Marcin Kierwiński": three words).</summary>
    private const int Reach = 5;

    /// <summary>Verbs of leaving and staying that follow an infinitive "to": what comes after them is left or kept, not reached.</summary>
    private static readonly WordSet InfinitiveVerbs = new(["leave", "stay", "remain", "quit", "abandon", "exit", "flee", "be", "go", "return", "move", "travel", "cross", "emigrate"]);

    /// <summary>The descriptor's message format for a rule of this kind: {0} what the facts say, {1} the entity the article gives.</summary>
    public const string MessageFormat = "{0}, not {1}";

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        var syntax = claims.Syntax;
        var fact = Fact;
        // "to" and "by" are everywhere; the event's first words are rare: the sentences holding them,
        // by one cue bit, are the only ones read.
        foreach (var index in syntax.SentencesWith(fact.Event[0].Words))
        {
            var sentence = syntax.Sentences[index];
            if (!Cue.AllIn(fact.Event, claims, sentence.FirstToken, sentence.EndToken))
            {
                continue;
            }

            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!syntax.IsAnyWord(t, fact.RoleWords.Words)
                    || (fact.CueBefore is { } reach && !fact.Event[0].IsIn(claims, Math.Max(sentence.FirstToken, t - reach), t)))
                {
                    continue;
                }

                var filler = Filler(claims, fact, sentence, t);
                var title = filler is null ? OthersTitle(claims, fact, sentence, t) : null;
                if (filler is null && title is null)
                {
                    continue;
                }

                var (first, end) = syntax.ClauseAround(sentence, t);
                if (!Cue.AllIn(fact.Event, claims, first, end) || !InContext(claims, fact, index))
                {
                    continue;
                }

                if (title is { } words)
                {
                    // "signed by Defence Minister Władysław Kosiniak-Kamysz": the title says it was another office, named or not.
                    var span = syntax.SpanOf(words.First, words.End);
                    context.ReportContradiction(span, fact.What, syntax.Article.Slice(span).ToString());
                }
                else if (!fact.Fillers.Contains(filler!.EntityId))
                {
                    context.ReportContradiction(filler.Span, fact.What, syntax.Article.Slice(filler.Span).ToString());
                }
            }
        }
    }

    /// <summary>The first entity of the role's kinds within reach after the role word, before any punctuation.</summary>
    private static EntityMention? Filler(ArticleClaims claims, RoleFact fact, Sentence sentence, int roleWord)
    {
        var syntax = claims.Syntax;
        var limit = Math.Min(sentence.EndToken, roleWord + 1 + Reach);
        for (var t = roleWord + 1; t < limit; t++)
        {
            // "he refused to leave Belarus": "to" before a verb is an infinitive, not where anyone went.
            if (syntax.Tokens[t].Kind is not (TokenKind.Word or TokenKind.Hyphen) || (t == roleWord + 1 && syntax.IsAnyWord(t, InfinitiveVerbs)))
            {
                return null;
            }

            var (start, stop) = ArticleClaims.RangeOf(claims.Entities, sentence.Index);
            for (var i = start; i < stop; i++)
            {
                var mention = claims.Entities[i];
                if (mention.FirstToken == t)
                {
                    return fact.FillerKinds.Contains(claims.Lexicon.KindOf(mention.EntityId) ?? "") ? mention : null;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The words of a title right after the role word that is not the fillers' ("by Defence Minister …",
    /// "by the foreign minister"), from its first word to its noun; null when there is none, or it is theirs.
    /// </summary>
    private static (int First, int End)? OthersTitle(ArticleClaims claims, RoleFact fact, Sentence sentence, int roleWord)
    {
        if (fact.Title is not var (noun, own))
        {
            return null;
        }

        var syntax = claims.Syntax;
        var first = roleWord + 1;
        if (first < sentence.EndToken && syntax.IsAnyWord(first, Determiners))
        {
            first++;
        }

        var limit = Math.Min(sentence.EndToken, first + TitleReach);
        for (var t = first; t < limit && syntax.Tokens[t].Kind is TokenKind.Word or TokenKind.Hyphen; t++)
        {
            if (noun.IsIn(claims, t, t + 1))
            {
                return own.IsIn(claims, first, t + 1) ? null : (first, t + 1);
            }
        }

        return null;
    }

    /// <summary>How many words a title may run to its noun: "Poland's deputy defence minister".</summary>
    private const int TitleReach = 4;

    private static readonly WordSet Determiners = new(["the", "a", "an", "Poland's", "Poland’s"]);

    private static bool InContext(ArticleClaims claims, RoleFact fact, int sentence) => Cue.AllAround(fact.Context, claims, sentence);
}
