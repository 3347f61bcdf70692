using Consistency.Claims;
using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>The NATO members among the observers at Borisovsky were the United States, Turkey and Hungary.</summary>
/// <remarks>
/// Flags another NATO member named among the observers: "delegations from 23 countries, including
/// NATO members Turkey and [|France|]". Accepts "NATO members Turkey and Hungary", "Türkiye",
/// invitations (Belarus invited nine NATO members), and NATO members named in other roles. One
/// English-language TASS text named Germany instead of Hungary: that, attributed to TASS, is a note.
/// </remarks>
public sealed class ZAP010NatoObservers : Rule
{
    private static readonly WordSet ListingWords = new(["among", "them", "including", "represented", "present", "attending"]);

    private static readonly WordSet MembershipWords = new(["member", "members", "ally", "allies", "states", "countries", "including", "such", "represented"]);

    private static readonly WordSet Including = new(["including"]);

    private static readonly WordSet ContrastWords = new(["while", "whereas", "but", "although", "though"]);

    // Invited and accredited states are not the ones whose observers came (story file, section 3).
    private static readonly WordSet InvitationWords = new(["invited", "invitation", "invitations", "inviting", "accredited", "accreditation"]);

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.NatoObservers,
        "A NATO member is wrongly named among the observers",
        "The NATO members among the observers were the United States, Turkey and Hungary, not {0}",
        RuleCategories.Observers,
        Severity.Error,
        "Of the 23 countries observing at the Borisovsky ground on 15 September, the NATO members were the United States, Turkey and Hungary.",
        [Evidence.PravdaObservers, Evidence.TrtObservers, Evidence.TassObservers],
        ["including NATO members Turkey and France", "observers from NATO allies Germany and Turkey", "NATO member Poland sent observers"],
        ["including NATO members Turkey and Hungary", "NATO ally Türkiye", "Belarus invited observers from nine NATO members, including Poland", "NATO allies Poland and Lithuania closed their borders"]) with
    {
        // The Belarusian ministry's own list names Hungary: Germany given in its name misquotes it.
        Sources = StoryContext.BelarusianVoices,
    };

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        foreach (var mention in claims.Entities)
        {
            if (!NatoMembers.All.Contains(mention.EntityId) || NatoMembers.Observing.Contains(mention.EntityId))
            {
                continue;
            }

            var sentence = claims.Syntax.Sentences[mention.Sentence];
            var nato = NatoBefore(claims, mention);
            if (nato is null)
            {
                continue; // most member mentions have no "NATO" just before them: nothing else is read
            }

            if (StatementBetween(claims.Syntax, nato.EndToken, mention.FirstToken))
            {
                continue;
            }

            var aboutObservers = claims.HasAnyWord(sentence.FirstToken, mention.FirstToken, StoryContext.ObserverWords)
                || (mention.Sentence > 0 && claims.SentenceHas(mention.Sentence - 1, StoryContext.ObserverWords) && claims.SentenceHas(mention.Sentence, ListingWords));
            if (!aboutObservers || claims.SentenceHas(mention.Sentence, InvitationWords))
            {
                continue;
            }

            // The member must be listed with the observers' NATO members, not be the subject doing something else.
            var listed = claims.HasAnyWord(nato.EndToken, mention.FirstToken + 1, MembershipWords)
                || claims.HasAnyWord(sentence.FirstToken, nato.FirstToken, Including);
            if (!listed)
            {
                continue;
            }

            context.ReportContradiction(mention.Span, context.Article.Slice(mention.Span).ToString());
        }
    }

    /// <summary>
    /// "nine of them from NATO countries; Poland, Lithuania and Latvia declined": a semicolon, a dash
    /// or a contrast between "NATO" and the member starts another statement, so the member is not
    /// listed with NATO's. A colon does not ("NATO members present: the United States, …").
    /// </summary>
    private static bool StatementBetween(ArticleSyntax syntax, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (syntax.IsPunctuation(t, ';') || syntax.Tokens[t].Kind is TokenKind.Dash || syntax.IsAnyWord(t, ContrastWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first "NATO" of the sentence ending at most twelve tokens before the member's mention.</summary>
    private static EntityMention? NatoBefore(ArticleClaims claims, EntityMention member)
    {
        var (start, end) = ArticleClaims.RangeOf(claims.Entities, member.Sentence);
        for (var i = start; i < end; i++)
        {
            var e = claims.Entities[i];
            if (e.EntityId == "nato" && e.EndToken <= member.FirstToken && member.FirstToken - e.EndToken <= 12)
            {
                return e;
            }
        }

        return null;
    }
}
