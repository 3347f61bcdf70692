using Consistency.Rules.Corpus;

namespace Consistency.Reporting.Matrix;

/// <summary>What one article says of one fact: its values (corpus order) and how they stand beside the other articles'.</summary>
public sealed record MatrixCell(IReadOnlyList<ArticleObservation> Values, CellStatus Status)
{
    public string StatusWord => Status.ToString().ToLowerInvariant();

    /// <summary>"7,000 (stated as fact, line 11); 30,000 (Lithuania, line 8)": each distinct value once, at its first line.</summary>
    public string Describe() => string.Join("; ", Values
        .GroupBy(v => (v.Observation.Value, v.Observation.Qualifier, v.Observation.Source))
        .Select(g => Describe(g.First())));

    public static string Describe(ArticleObservation value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var o = value.Observation;
        var qualifier = o.Qualifier is null ? "" : " " + o.Qualifier;
        var source = o.Source ?? "stated as fact";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{o.Value}{qualifier} ({source}, line {value.Location.StartLine})");
    }
}
