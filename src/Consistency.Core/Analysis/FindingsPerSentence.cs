using System.Globalization;

namespace Consistency.Analysis;

/// <summary>
/// Caps one rule's findings in one sentence. A sentence repeating the same wrong words ten thousand
/// times ("Zapad 2022 Zapad 2022 …" on one 110 KB line) would otherwise give ten thousand findings
/// that say one thing; the first <see cref="Limit"/> are kept and the last of them says how many
/// more there were, so the report is honest about the cap and a reader still sees every place kind.
/// </summary>
internal sealed class FindingsPerSentence
{
    /// <summary>More than any real sentence holds of one rule's findings (the seeds and the corpus have at most a few).</summary>
    public const int Limit = 50;

    private readonly Dictionary<int, (int Kept, int LastIndex, int LeftOut)> _sentences = [];

    /// <summary>Whether a finding in this sentence is kept; <paramref name="index"/> is where it will stand in the article's list.</summary>
    public bool Admit(int sentence, int index)
    {
        var (kept, last, leftOut) = _sentences.GetValueOrDefault(sentence);
        if (kept < Limit)
        {
            _sentences[sentence] = (kept + 1, index, leftOut);
            return true;
        }

        _sentences[sentence] = (kept, last, leftOut + 1);
        return false;
    }

    /// <summary>Adds to the last kept finding of each capped sentence how many were left out.</summary>
    public void SayWhatWasLeftOut(List<Diagnostic> diagnostics)
    {
        foreach (var (_, (_, last, leftOut)) in _sentences)
        {
            if (leftOut > 0)
            {
                var kept = diagnostics[last];
                var more = leftOut.ToString("N0", CultureInfo.InvariantCulture);
                diagnostics[last] = kept with { Message = $"{kept.Message} (and {more} more {kept.Id} {(leftOut == 1 ? "finding" : "findings")} in this sentence, not listed)" };
            }
        }
    }
}
