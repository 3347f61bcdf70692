using Consistency.Rules.Corpus;

namespace Consistency.Reporting.Matrix;

/// <summary>
/// Every fact the corpus rules observed, by every article of the run: the cell holds what the
/// article says of the fact and whether it agrees with the others (<see cref="CellStatus"/>).
/// Facts and articles are in ordinal order, so the matrix is the same bytes on every run.
/// </summary>
public sealed class ClaimsMatrix
{
    private readonly Dictionary<(string Fact, string Article), MatrixCell> _cells;

    private ClaimsMatrix(IReadOnlyList<string> facts, IReadOnlyList<string> articles, Dictionary<(string, string), MatrixCell> cells)
    {
        Facts = facts;
        Articles = articles;
        _cells = cells;
    }

    public IReadOnlyList<string> Facts { get; }

    /// <summary>Every article of the run, also those silent on every fact.</summary>
    public IReadOnlyList<string> Articles { get; }

    public MatrixCell this[string fact, string article] =>
        _cells.TryGetValue((fact, article), out var cell) ? cell : new MatrixCell([], CellStatus.Silent);

    /// <param name="articles">The paths of every article of the run.</param>
    /// <param name="observations">What the corpus rules recorded.</param>
    public static ClaimsMatrix Build(IEnumerable<string> articles, IReadOnlyList<ArticleObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(observations);
        // Quotes are listed as quote groups (QuoteGroup), not cells; a value two corpus rules both
        // observed (one reading, two rules) is one value of the article.
        var sorted = observations.Where(o => !o.Observation.IsQuote).Order(ArticleObservation.Order)
            .DistinctBy(o => (o.Path, o.Observation.Fact, o.Observation.Span, o.Observation.Value, o.Observation.Source, o.Observation.Qualifier))
            .ToList();
        var facts = sorted.Select(o => o.Observation.Fact).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var paths = articles.Concat(sorted.Select(o => o.Path)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var cells = new Dictionary<(string, string), MatrixCell>();
        foreach (var fact in sorted.GroupBy(o => o.Observation.Fact, StringComparer.Ordinal))
        {
            // Each distinct value once, with the articles that give it: a cell is compared with these, not with every observation.
            // Grouped by the words too: "about 7,000" and "7,000" are one value in other words (a variant).
            var distinct = fact.GroupBy(o => (o.Observation.Value, o.Observation.Qualifier, Words: o.Words.ToLowerInvariant()))
                .Select(g => (Sample: g.First(), Paths: g.Select(o => o.Path).ToHashSet(StringComparer.Ordinal)))
                .ToList();
            foreach (var article in fact.GroupBy(o => o.Path, StringComparer.Ordinal))
            {
                var values = article.ToList();
                var others = distinct.FindAll(d => d.Paths.Count > 1 || !d.Paths.Contains(article.Key)).ConvertAll(d => d.Sample);
                cells[(fact.Key, article.Key)] = new MatrixCell(values, StatusOf(values, others));
            }
        }

        return new ClaimsMatrix(facts, paths, cells);
    }

    /// <param name="values">The article's values for the fact.</param>
    /// <param name="others">Each distinct value other articles give for the fact.</param>
    private static CellStatus StatusOf(List<ArticleObservation> values, List<ArticleObservation> others)
    {
        var stated = values.FindAll(v => v.Observation.IsStatedAsFact);
        if (stated.Count == 0)
        {
            return CellStatus.Attributed;
        }

        var comparable = others.FindAll(o => stated.Exists(s => s.Observation.SameScopeAs(o.Observation)));
        if (comparable.Count == 0)
        {
            return CellStatus.Stated;
        }

        var pairs = stated.SelectMany(s => comparable.Where(o => s.Observation.SameScopeAs(o.Observation)).Select(o => (Stated: s, Other: o))).ToList();
        if (pairs.Exists(p => !p.Stated.Observation.AgreesWith(p.Other.Observation)))
        {
            return CellStatus.Contradicts;
        }

        // Every value agrees. Another article giving this very value in these very words makes it
        // agree; when none does, the article puts the value its own way: another amount within the
        // tolerance ("about 7,000" beside "6,850") or other words for it ("7K" beside "7,000").
        var sameWords = pairs.Exists(p => p.Stated.Observation.SameAs(p.Other.Observation)
            && string.Equals(p.Stated.Words, p.Other.Words, StringComparison.OrdinalIgnoreCase));
        return sameWords ? CellStatus.Agrees : CellStatus.Variant;
    }
}
