using Consistency.Claims;
using Consistency.Text;

namespace Consistency.Rules.Kinds;

/// <summary>
/// A fact that names everyone who did something ("Poland, Lithuania and Latvia declined"): a list
/// of entities of one kind before the deed's verb, holding enough of the members to be that list,
/// must hold no one else. Rules of any kind whose fact is such a list ask it for the outsiders.
/// </summary>
public sealed record ClosedList(IReadOnlySet<string> Members, Cue Verb, string Kind)
{
    /// <summary>How many members the list must name to be read as the fact's list and not another.</summary>
    public int MinNamed { get; init; } = 2;

    /// <summary>How far before the verb the list may start ("Poland, Lithuania and Latvia all declined").</summary>
    private const int Reach = 12;

    /// <summary>The mentions listed with the members before the verb that are not members.</summary>
    public List<EntityMention> Outsiders(ArticleClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var found = new List<EntityMention>();
        var syntax = claims.Syntax;
        foreach (var index in syntax.SentencesWith(Verb.Words))
        {
            var sentence = syntax.Sentences[index];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (syntax.IsAnyWord(t, Verb.Words) && !claims.AssertsNothingAt(syntax.Tokens[t].Start))
                {
                    CollectOutsiders(claims, sentence, t, found);
                }
            }
        }

        return found;
    }

    /// <summary>The list is the run of the kind's mentions right before the verb, joined by commas and "and".</summary>
    private void CollectOutsiders(ArticleClaims claims, Sentence sentence, int verb, List<EntityMention> found)
    {
        var syntax = claims.Syntax;
        var (start, end) = ArticleClaims.RangeOf(claims.Entities, sentence.Index);
        var listed = new List<EntityMention>();
        var expected = verb; // the list's next member (read leftwards) must end here, joiners aside
        for (var i = end - 1; i >= start; i--)
        {
            var mention = claims.Entities[i];
            if (mention.EndToken > verb || claims.Lexicon.KindOf(mention.EntityId) != Kind)
            {
                continue;
            }

            if (verb - mention.FirstToken > Reach || !OnlyJoiners(syntax, mention.EndToken, expected))
            {
                break;
            }

            listed.Add(mention);
            expected = mention.FirstToken;
        }

        var members = 0;
        foreach (var mention in listed)
        {
            members += Members.Contains(mention.EntityId) ? 1 : 0;
        }

        if (members < MinNamed)
        {
            return;
        }

        foreach (var mention in listed)
        {
            if (!Members.Contains(mention.EntityId))
            {
                found.Add(mention);
            }
        }
    }

    private static readonly WordSet Joiners = new(["and", "all", "also", "both", "have", "had", "each"]);

    /// <summary>Whether [first, end) holds only commas and joining words: "Poland, Lithuania and Latvia all".</summary>
    private static bool OnlyJoiners(ArticleSyntax syntax, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (!syntax.IsPunctuation(t, ',') && !syntax.IsAnyWord(t, Joiners))
            {
                return false;
            }
        }

        return true;
    }
}
