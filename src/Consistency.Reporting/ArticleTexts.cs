using Consistency.Analysis;
using Consistency.Text;

namespace Consistency.Reporting;

/// <summary>
/// The text of the articles a run checked, for a report that shows them whole (HTML). The result
/// of a run keeps findings, not texts (a 10k-article run would hold every article in memory until
/// the end), so each text is read again, when the report reaches its article, by the loader the
/// analysis used: the same decoding, so the findings' spans fall on the same characters.
/// </summary>
public sealed class ArticleTexts
{
    private readonly Dictionary<string, ArticleInput> _inputs;

    public ArticleTexts(IEnumerable<ArticleInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        _inputs = new Dictionary<string, ArticleInput>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            _inputs.TryAdd(ReportedPath.WithForwardSlashes(input.DisplayPath), input);
        }
    }

    /// <summary>No texts: a report that lists the findings under each article's path only.</summary>
    public static ArticleTexts None { get; } = new([]);

    /// <summary>The text of the article reported under <paramref name="path"/>, or null when it is not known or cannot be read now.</summary>
    public string? Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _inputs.TryGetValue(path, out var input) ? ArticleLoader.Load(input).Article?.Text : null;
    }
}
