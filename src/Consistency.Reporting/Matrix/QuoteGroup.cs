using Consistency.Rules.Corpus;
using Consistency.Rules.Kinds.Quotes;

namespace Consistency.Reporting.Matrix;

/// <summary>
/// One quote (a speaker's words on one occasion) across the articles: each wording with the places
/// that give it, and its word diff against the first wording in corpus order (the reference).
/// </summary>
public sealed class QuoteGroup
{
    private QuoteGroup(string fact, IReadOnlyList<QuoteRendering> renderings)
    {
        Fact = fact;
        Renderings = renderings;
    }

    /// <summary>The occasion, as the corpus rule names it ("Khrenin to the US officers, 15 September 2025").</summary>
    public string Fact { get; }

    /// <summary>The wordings, in the order their first places come; the first is the reference.</summary>
    public IReadOnlyList<QuoteRendering> Renderings { get; }

    /// <summary>How many articles render the quote.</summary>
    public int Articles => Renderings.SelectMany(r => r.Places).Select(p => p.Path).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The quote groups of these observations (quotes only; other observations are ignored), ordered by fact.</summary>
    public static IReadOnlyList<QuoteGroup> Build(IEnumerable<ArticleObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return observations.Where(o => o.Observation.IsQuote)
            .Order(ArticleObservation.Order)
            .GroupBy(o => o.Observation.Fact, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Of(g.Key, RenderingGroup.Of(g.DistinctBy(o => (o.Path, o.Observation.Span)))))
            .ToArray();
    }

    private static QuoteGroup Of(string fact, List<RenderingGroup> wordings)
    {
        var reference = wordings[0];
        var renderings = wordings.Select((w, i) => new QuoteRendering(i + 1, w.Text, w.Places, i == 0 ? null : QuoteWordDiff.Format(reference.Words, w.Words))).ToArray();
        return new QuoteGroup(fact, renderings);
    }
}
