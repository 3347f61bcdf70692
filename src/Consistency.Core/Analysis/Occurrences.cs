namespace Consistency.Analysis;

/// <summary>
/// Tells apart findings of one rule on the same words in one article: the first "2022" ZAP002
/// flags is occurrence 1, the next is 2. Suppressions and fingerprints name a finding by rule,
/// words and occurrence rather than by line, so they survive edits elsewhere in the article.
/// </summary>
public static class Occurrences
{
    /// <summary>The 1-based occurrence of each diagnostic of one article, in the order given.</summary>
    public static int[] Number(IReadOnlyList<Diagnostic> articleDiagnostics)
    {
        ArgumentNullException.ThrowIfNull(articleDiagnostics);
        var seen = new Dictionary<(string Id, string Words), int>();
        var numbers = new int[articleDiagnostics.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            var key = (articleDiagnostics[i].Id, articleDiagnostics[i].Words);
            numbers[i] = seen[key] = seen.GetValueOrDefault(key) + 1;
        }

        return numbers;
    }
}
