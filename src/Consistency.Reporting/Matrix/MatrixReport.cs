using Consistency.Analysis;

namespace Consistency.Reporting.Matrix;

/// <summary>What <c>consistency matrix</c> writes: the claims matrix, the quotes across sources, and the corpus rules' findings (path order).</summary>
public sealed record MatrixReport(ClaimsMatrix Matrix, IReadOnlyList<Diagnostic> Findings)
{
    /// <summary>Each quote the corpus rules grouped across articles, with its wordings and their word diffs.</summary>
    public IReadOnlyList<QuoteGroup> Quotes { get; init; } = [];

    /// <summary>The matrix and corpus findings of an analysis result.</summary>
    public static MatrixReport Of(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var matrix = ClaimsMatrix.Build(result.Articles.Select(a => a.Path), result.Observations);
        return new MatrixReport(matrix, result.CorpusReports.SelectMany(r => r.Diagnostics).ToArray()) { Quotes = QuoteGroup.Build(result.Observations) };
    }

    /// <summary>Past this many articles the matrix is turned: articles down the side, facts across.</summary>
    public const int MostArticlesAcross = 6;

    public bool ArticlesDown => Matrix.Articles.Count > MostArticlesAcross;

    /// <summary>What each status means, for the reader of a report.</summary>
    public const string Legend =
        "agrees: stated as fact, every other article's value agrees, and another gives it in the same words; variant: every other value agrees, but none in the same words (a rounded figure within the tolerance, or other words); contradicts: stated as fact, and another article's value differs; " +
        "attributed: every value is attributed to someone; stated: stated as fact, no other article gives a value; silent: no value";
}
