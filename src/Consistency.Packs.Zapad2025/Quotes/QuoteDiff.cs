using Consistency.Text;
using DiffPlex;

namespace Consistency.Packs.Zapad2025.Quotes;

/// <summary>
/// Word-level diff of a quote against a known translation (DiffPlex's Myers diff over the
/// <see cref="ComparableWord"/>s), reading off what a rendering inserts or drops. Only negations
/// are judged: translators choose other words freely ("anything you like" for "whatever you
/// want"), but an added "not" or "nothing" turns an offer into a refusal.
/// </summary>
internal static class QuoteDiff
{
    private static readonly WordSet Negations = new(["not", "no", "nothing", "never", "none", "nobody", "nowhere", "neither", "nor"]);

    public static QuoteComparison Compare(KnownTranslation translation, IReadOnlyList<ComparableWord> rendering)
    {
        var before = translation.Words;
        // One word per line: the chunker splits on the line breaks again, so every word is one diff piece.
        var diff = new Differ().CreateCustomDiffs(Join(before), Join(rendering), false, false, text => text.Split('\n'));
        var inserted = 0;
        var insertedNegations = new List<int>();
        var removedNegations = new List<string>();
        foreach (var block in diff.DiffBlocks)
        {
            inserted += block.InsertCountB;
            for (var i = block.InsertStartB; i < block.InsertStartB + block.InsertCountB; i++)
            {
                if (IsNegation(rendering[i].Text) && !insertedNegations.Contains(rendering[i].Token))
                {
                    insertedNegations.Add(rendering[i].Token);
                }
            }

            for (var i = block.DeleteStartA; i < block.DeleteStartA + block.DeleteCountA; i++)
            {
                if (IsNegation(before[i].Text))
                {
                    removedNegations.Add(before[i].Text);
                }
            }
        }

        return new QuoteComparison(translation, rendering.Count - inserted, rendering.Count, insertedNegations, removedNegations);
    }

    private static bool IsNegation(string word) => Negations.Contains(word);

    private static string Join(IReadOnlyList<ComparableWord> words) => string.Join('\n', words.Select(w => w.Text));
}
