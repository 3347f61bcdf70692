using Consistency.Text;

namespace Consistency.Rules.Corpus;

/// <summary>An <see cref="Observation"/> placed in its article: the path it is reported under, its line and column, and the words as written.</summary>
public sealed record ArticleObservation(Observation Observation, string Path, LineSpan Location, string Words)
{
    /// <summary>Corpus order: path, then position, then fact and value (ordinal): the same whatever order articles finished in.</summary>
    public static readonly IComparer<ArticleObservation> Order = Comparer<ArticleObservation>.Create(static (a, b) =>
    {
        var c = string.CompareOrdinal(a.Path, b.Path);
        if (c == 0) c = a.Observation.Span.Start.CompareTo(b.Observation.Span.Start);
        if (c == 0) c = a.Observation.Span.Length.CompareTo(b.Observation.Span.Length);
        if (c == 0) c = string.CompareOrdinal(a.Observation.Fact, b.Observation.Fact);
        if (c == 0) c = string.CompareOrdinal(a.Observation.Value, b.Observation.Value);
        return c;
    });

    /// <summary>
    /// "004.txt line 8": where a message says the words stand. The file's name alone: a message
    /// reads the same from every host (the compiler knows articles by absolute path), and the
    /// related location beside it carries the full path.
    /// </summary>
    public string Place => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path[(Path.LastIndexOf('/') + 1)..]} line {Location.StartLine}");
}
