namespace Consistency.Rules.Kinds.Quotes;

/// <summary>
/// How an article's rendering of a quote differs from one known translation, word by word.
/// <see cref="Matched"/> counts the words both share in order; <see cref="InsertedNegations"/> are
/// the tokens of the article's quote that carry a negation the translation lacks ("nothing",
/// "cannot"), and <see cref="RemovedNegations"/> the translation's negations the article drops.
/// </summary>
public sealed record QuoteComparison(
    KnownTranslation Translation,
    int Matched,
    int RenderingLength,
    IReadOnlyList<int> InsertedNegations,
    IReadOnlyList<string> RemovedNegations)
{
    /// <summary>The share of the shorter text that the two share in order (1 when one contains the other).</summary>
    public double Overlap => (double)Matched / Math.Max(1, Math.Min(RenderingLength, Translation.Words.Count));

    public bool ChangesNegation => InsertedNegations.Count > 0 || RemovedNegations.Count > 0;

    /// <summary>Tokens of the article's quote that narrow or condition the offer where the translation does not ("within", "only", "if").</summary>
    public IReadOnlyList<int> InsertedLimits { get; init; } = [];

    /// <summary>The inserted runs of words holding a negation or a limit, as the article words them: the diff a message shows.</summary>
    public IReadOnlyList<string> InsertedRuns { get; init; } = [];

    /// <summary>Hedges of the translation ("could", "might") the rendering drops: a possibility stated as a fact.</summary>
    public IReadOnlyList<string> RemovedHedges { get; init; } = [];

    /// <summary>"drops 'not'", "drops the hedge 'could'": what the rendering leaves out, in a message's words.</summary>
    public IEnumerable<string> Dropped()
    {
        if (RemovedNegations.Count > 0)
        {
            yield return "drops " + KindMessages.List(RemovedNegations.Select(w => $"'{w}'"));
        }

        if (RemovedHedges.Count > 0)
        {
            yield return "drops the hedge " + KindMessages.List(RemovedHedges.Select(w => $"'{w}'"));
        }
    }

    /// <summary>A negation or a limit the translation lacks, or a hedge it has that the rendering drops: the rendering says something else.</summary>
    public bool ChangesMeaning => ChangesNegation || InsertedLimits.Count > 0 || RemovedHedges.Count > 0;
}
