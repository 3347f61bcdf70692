using Consistency.Rules.Corpus;

namespace Consistency.Analysis;

/// <summary>
/// What the corpus rules recorded during one run, gathered from the worker threads: per rule, each
/// observation with the diagnostic it becomes if the rule reports there (placed once, while its
/// article's syntax is at hand), and the first article (by path) a rule failed on. Holds no article
/// text beyond each observation's sentence excerpt, so it grows with observations, not with text.
/// </summary>
internal sealed class CorpusObservations
{
    private readonly Lock _gate = new();
    private readonly Dictionary<CorpusRule, List<(ArticleObservation Observation, Diagnostic Placed)>> _observed = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<CorpusRule, (string Path, Exception Error)> _failed = new(ReferenceEqualityComparer.Instance);

    /// <summary>One article's observations for one rule, added at once (one lock per article and rule).</summary>
    public void Add(CorpusRule rule, List<(ArticleObservation, Diagnostic)> observations)
    {
        if (observations.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (!_observed.TryGetValue(rule, out var list))
            {
                _observed[rule] = list = [];
            }

            list.AddRange(observations);
        }
    }

    /// <summary>Notes that the rule threw on an article; the failure kept is the one at the first path, whatever order articles ran in.</summary>
    public void Fail(CorpusRule rule, string path, Exception error)
    {
        lock (_gate)
        {
            if (!_failed.TryGetValue(rule, out var first) || string.CompareOrdinal(path, first.Path) < 0)
            {
                _failed[rule] = (path, error);
            }
        }
    }

    public (string Path, Exception Error)? FailureOf(CorpusRule rule) => _failed.TryGetValue(rule, out var f) ? f : null;

    /// <summary>The rule's observations in corpus order (path, then position): the same list whatever the thread count.</summary>
    public List<(ArticleObservation Observation, Diagnostic Placed)> Of(CorpusRule rule)
    {
        var list = _observed.TryGetValue(rule, out var found) ? [.. found] : new List<(ArticleObservation Observation, Diagnostic Placed)>();
        list.Sort((a, b) => ArticleObservation.Order.Compare(a.Observation, b.Observation));
        return list;
    }
}
