using Consistency.Claims;
using Consistency.Text;

namespace Consistency.Rules.Kinds;

/// <summary>
/// The kind of check "a site is in its region": a region written next to the site ("Mulino in the
/// Kaliningrad region", "Mulino (Pskov region)", "the Smolensk region's Mulino") must be one of
/// the site's. Only a region standing right beside the site's name counts: "drills at Mulino and
/// in the Kaliningrad region" places two things, and is left alone.
/// </summary>
public abstract class SiteRegionRule(SiteFact fact) : FactRule<SiteFact>(fact)
{
    /// <summary>Region entities carry this kind in a pack's lexicon.</summary>
    public const string RegionKind = "region";

    /// <summary>The descriptor's message format for a rule of this kind: {0} what the facts say, {1} the article's own words.</summary>
    public const string MessageFormat = KindMessages.ArticleSays;

    /// <summary>Words that may stand between a site and its region: "Mulino, in the … region".</summary>
    private static readonly WordSet Linking = new(["in", "near", "the", "of"]);

    /// <summary>How many linking tokens may stand between the site and the region.</summary>
    private const int Reach = 4;

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        var entities = claims.Entities;
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i].EntityId != Fact.Site)
            {
                continue;
            }

            var region = RegionAfter(claims, i) ?? RegionBefore(claims, i);
            if (region is not null && !Fact.Regions.Contains(region.EntityId))
            {
                context.ReportContradiction(region.Span, Fact.What, claims.Syntax.Article.Slice(region.Span).ToString());
            }
        }
    }

    /// <summary>"Mulino in the Kaliningrad region", "Mulino, Pskov region", "Mulino (Smolensk region)".</summary>
    private static EntityMention? RegionAfter(ArticleClaims claims, int site)
    {
        var syntax = claims.Syntax;
        var mention = claims.Entities[site];
        var end = syntax.Sentences[mention.Sentence].EndToken;
        var t = mention.EndToken;
        for (var steps = 0; t < end && steps < Reach; steps++, t++)
        {
            var links = syntax.IsAnyWord(t, Linking) || (steps == 0 && (syntax.IsPunctuation(t, ',') || syntax.IsPunctuation(t, '(')));
            if (!links)
            {
                break;
            }
        }

        return site + 1 < claims.Entities.Count && claims.Entities[site + 1] is { } next && next.FirstToken == t && IsRegion(claims, next) ? next : null;
    }

    /// <summary>"the Kaliningrad region's Mulino", "Pskov's Mulino": the region right before the site (the possessive is part of its word).</summary>
    private static EntityMention? RegionBefore(ArticleClaims claims, int site)
    {
        if (site == 0)
        {
            return null;
        }

        var previous = claims.Entities[site - 1];
        return previous.EndToken == claims.Entities[site].FirstToken && IsRegion(claims, previous) ? previous : null;
    }

    private static bool IsRegion(ArticleClaims claims, EntityMention mention) => claims.Lexicon.KindOf(mention.EntityId) == RegionKind;
}
