using System.Globalization;

namespace Consistency.Rules.Corpus;

/// <summary>What a corpus rule sees once every article is in: all its observations, in corpus order, and where it reports.</summary>
public sealed class CorpusContext
{
    private readonly Action<CorpusFinding> _report;

    internal CorpusContext(IReadOnlyList<ArticleObservation> observations, RuleDescriptor descriptor, Action<CorpusFinding> report)
    {
        Observations = observations;
        Descriptor = descriptor;
        _report = report;
    }

    /// <summary>Sorted by <see cref="ArticleObservation.Order"/>, whatever order the articles were analysed in.</summary>
    public IReadOnlyList<ArticleObservation> Observations { get; }

    public RuleDescriptor Descriptor { get; }

    /// <summary>Reports at <paramref name="at"/>, with the observations of other articles it disagrees with as related locations.</summary>
    public void Report(ArticleObservation at, IReadOnlyList<ArticleObservation> related, params object[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(related);
        var message = string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, messageArgs);
        _report(new CorpusFinding(Descriptor, at, related, Descriptor.DefaultSeverity, message));
    }
}
