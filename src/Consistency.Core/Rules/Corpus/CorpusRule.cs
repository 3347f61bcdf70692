namespace Consistency.Rules.Corpus;

/// <summary>
/// A rule across articles, after Roslyn's compilation-start/end actions: <see cref="Observe"/>
/// runs on each article (in parallel, as other rules do) and records what it says of the story's
/// facts; <see cref="Report"/> runs once, when every article is in, over all the observations in
/// corpus order. It is a <see cref="Rule"/> so that discovery, <c>--rules</c>, severities,
/// suppressions and the catalog treat it like any other; on a single article it reports nothing.
/// Like every rule it keeps no state: the engine holds the observations.
/// </summary>
public abstract class CorpusRule : Rule
{
    /// <summary>A corpus rule reports nothing from one article alone.</summary>
    public sealed override void Analyze(RuleContext context)
    {
    }

    public abstract void Observe(ObservationContext context);

    public abstract void Report(CorpusContext context);
}
