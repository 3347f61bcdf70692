using System.Collections.Concurrent;
using Consistency.Text;
using DiffPlex;

namespace Consistency.Rules.Kinds.Quotes;

/// <summary>
/// Word-level diff of a quote against a known translation (DiffPlex's Myers diff over the
/// <see cref="ComparableWord"/>s), reading off what a rendering inserts or drops. Only negations
/// and limits are judged: translators choose other words freely ("anything you like" for "whatever
/// you want"), but an added "not" or "nothing" turns an offer into a refusal, and an added "only"
/// or "within the limits of the programme" turns an open offer into a narrow one.
/// </summary>
public static class QuoteDiff
{
    private static readonly WordSet Negations = new(["not", "no", "nothing", "never", "none", "nobody", "nowhere", "neither", "nor"]);

    /// <summary>Words that leave a statement open: dropping one turns "could have been a mistake" into a verdict.</summary>
    private static readonly WordSet Hedges = new(["could", "might", "may", "perhaps", "possibly", "maybe"]);

    /// <summary>Words that narrow an offer or make it conditional: "within the limits of the programme", "only", "if you ask", "what we consider appropriate".</summary>
    private static readonly WordSet Limits = new([
        "only", "within", "limits", "limit", "limited", "except", "excluding", "unless", "if", "provided", "restricted", "permitted",
        "allowed", "approved", "decided", "programme", "program", "escorted", "supervised", "appropriate", "suitable", "selected",
    ]);

    /// <summary>
    /// Diffs already made, by translation, then rendering: archives repeat the same wire copy, word
    /// for word. (Nested string-keyed tables, not one keyed by a tuple: a table keyed by a struct is
    /// framework code compiled at start-up for this cache alone.)
    /// </summary>
    private static readonly ConcurrentDictionary<KnownTranslation, ConcurrentDictionary<string, WordDiff>> Made = new();

    /// <summary>Past this many remembered diffs, new ones are made and not kept: memory stays bounded on any archive.</summary>
    private const int MaxRemembered = 4096;

    private static int _remembered;

    public static QuoteComparison Compare(KnownTranslation translation, IReadOnlyList<ComparableWord> rendering)
    {
        var key = Join(rendering);
        // Renderings compared with each other (quote drift across articles) bring new "translations"
        // on every run: once the bound is reached, a translation not yet known is diffed, not kept.
        if (!Made.TryGetValue(translation, out var made) && Volatile.Read(ref _remembered) >= MaxRemembered)
        {
            return Comparison(translation, rendering, Diff(translation, key));
        }

        made ??= Made.GetOrAdd(translation, static _ => new ConcurrentDictionary<string, WordDiff>(StringComparer.Ordinal));
        if (!made.TryGetValue(key, out var diff))
        {
            diff = Diff(translation, key);
            // Counted by hand: ConcurrentDictionary.Count takes every lock of the table.
            if (Volatile.Read(ref _remembered) < MaxRemembered && made.TryAdd(key, diff))
            {
                Interlocked.Increment(ref _remembered);
            }
        }

        return Comparison(translation, rendering, diff);
    }

    private static QuoteComparison Comparison(KnownTranslation translation, IReadOnlyList<ComparableWord> rendering, WordDiff diff)
    {
        return new QuoteComparison(translation, rendering.Count - diff.Inserted, rendering.Count, Tokens(rendering, diff.InsertedNegations), diff.RemovedNegations)
        {
            InsertedLimits = Tokens(rendering, diff.InsertedLimits),
            RemovedHedges = diff.RemovedHedges,
            InsertedRuns = diff.InsertedRuns.Select(run => string.Join(' ', rendering.Skip(run.Start).Take(run.Count).Select(w => w.Text))).ToList(),
        };
    }

    /// <summary>The article tokens of the rendering's words at these positions, each once.</summary>
    private static List<int> Tokens(IReadOnlyList<ComparableWord> rendering, IReadOnlyList<int> positions)
    {
        var tokens = new List<int>();
        foreach (var i in positions)
        {
            if (!tokens.Contains(rendering[i].Token))
            {
                tokens.Add(rendering[i].Token);
            }
        }

        return tokens;
    }

    /// <summary>The diff of one rendering (its words, one per line) against a translation, by word position.</summary>
    private static WordDiff Diff(KnownTranslation translation, string rendering)
    {
        var before = translation.Words;
        var words = rendering.Split('\n');
        // One word per line: the chunker splits on the line breaks again, so every word is one diff piece.
        var diff = new Differ().CreateCustomDiffs(Join(before), rendering, false, false, text => text.Split('\n'));
        var inserted = 0;
        var insertedNegations = new List<int>();
        var insertedLimits = new List<int>();
        var runs = new List<(int Start, int Count)>();
        var removedNegations = new List<string>();
        var removedHedges = new List<string>();
        var insertedHedge = false;
        foreach (var block in diff.DiffBlocks)
        {
            inserted += block.InsertCountB;
            var judged = false;
            for (var i = block.InsertStartB; i < block.InsertStartB + block.InsertCountB; i++)
            {
                if (IsNegation(words[i]))
                {
                    insertedNegations.Add(i);
                    judged = true;
                }
                else if (Hedges.Contains(words[i]))
                {
                    insertedHedge = true;
                }
                else if (Limits.Contains(words[i]))
                {
                    insertedLimits.Add(i);
                    judged = true;
                }
            }

            if (judged)
            {
                runs.Add((block.InsertStartB, block.InsertCountB));
            }

            for (var i = block.DeleteStartA; i < block.DeleteStartA + block.DeleteCountA; i++)
            {
                if (IsNegation(before[i].Text))
                {
                    removedNegations.Add(before[i].Text);
                }
                else if (Hedges.Contains(before[i].Text))
                {
                    removedHedges.Add(before[i].Text);
                }
            }
        }

        return new WordDiff(inserted, insertedNegations, removedNegations) { InsertedLimits = insertedLimits, InsertedRuns = runs, RemovedHedges = insertedHedge ? [] : removedHedges };
    }

    /// <summary>What a rendering inserts against a translation: how many words, which of them (by position) are negations, and the negations it drops.</summary>
    private sealed record WordDiff(int Inserted, IReadOnlyList<int> InsertedNegations, IReadOnlyList<string> RemovedNegations)
    {
        /// <summary>Positions of inserted words that narrow or condition the offer.</summary>
        public IReadOnlyList<int> InsertedLimits { get; init; } = [];

        /// <summary>The translation's hedges the rendering drops ("could"), unless it puts one of its own in their place ("may have been").</summary>
        public IReadOnlyList<string> RemovedHedges { get; init; } = [];

        /// <summary>The inserted runs (rendering positions) that hold a judged word: what the message shows.</summary>
        public IReadOnlyList<(int Start, int Count)> InsertedRuns { get; init; } = [];
    }

    private static bool IsNegation(string word) => Negations.Contains(word);

    private static string Join(IReadOnlyList<ComparableWord> words) => string.Join('\n', words.Select(w => w.Text));
}
