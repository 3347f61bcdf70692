using Consistency.Rules.Corpus;
using Consistency.Text;

namespace Consistency.Analysis;

/// <summary>
/// One corpus analysed article by article by a host that drives the parallelism itself (the
/// compiler's additional-file actions), then finished once (its compilation-end action): the
/// same observations and corpus findings as <see cref="Analyzer.Analyze(IReadOnlyList{ArticleInput})"/>
/// gives, whatever order the articles came in. <see cref="Analyze"/> may be called from many threads.
/// </summary>
public sealed class CorpusSession
{
    private readonly Analyzer _analyzer;
    private readonly CorpusObservations _observations = new();
    private readonly Lock _gate = new();
    private string? _firstPath;

    internal CorpusSession(Analyzer analyzer) => _analyzer = analyzer;

    /// <summary>The article's own report; what its corpus rules observe is kept for <see cref="Finish"/>.</summary>
    public ArticleReport Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        lock (_gate)
        {
            if (_firstPath is null || string.CompareOrdinal(article.Path, _firstPath) < 0)
            {
                _firstPath = article.Path;
            }
        }

        return _analyzer.Analyze(article, _observations);
    }

    /// <summary>The corpus rules' reports (one per article they land in, path order) and every observation, in corpus order.</summary>
    public (IReadOnlyList<ArticleReport> Reports, IReadOnlyList<ArticleObservation> Observations) Finish() =>
        _firstPath is null ? ([], []) : _analyzer.FinishCorpus(_observations, _firstPath);
}
