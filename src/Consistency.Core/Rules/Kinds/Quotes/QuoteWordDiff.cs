using System.Text;
using DiffPlex;

namespace Consistency.Rules.Kinds.Quotes;

/// <summary>
/// Two renderings of one quote aligned word by word (DiffPlex's Myers diff over
/// <see cref="ComparableWord"/>s), written as git's plain word diff does: words only the first has
/// as <c>[-…-]</c>, words only the second has as <c>{+…+}</c>, shared words as they are. This is
/// what a reader sees; <see cref="QuoteDiff"/> judges whether the difference changes the meaning.
/// </summary>
public static class QuoteWordDiff
{
    /// <summary>"we will show you [-whatever is of interest for-] {+nothing+}": <paramref name="to"/> against <paramref name="from"/>.</summary>
    public static string Format(IReadOnlyList<ComparableWord> from, IReadOnlyList<ComparableWord> to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Count == 0 || to.Count == 0)
        {
            var text0 = new StringBuilder();
            Run(text0, "[-", from, "-]");
            Run(text0, "{+", to, "+}");
            return text0.ToString();
        }

        var diff = new Differ().CreateCustomDiffs(Join(from), Join(to), false, false, static text => text.Split('\n'));
        var text = new StringBuilder();
        var a = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++)
            {
                Word(text, from[a].Text);
            }

            Run(text, "[-", from.Skip(block.DeleteStartA).Take(block.DeleteCountA), "-]");
            Run(text, "{+", to.Skip(block.InsertStartB).Take(block.InsertCountB), "+}");
            a = block.DeleteStartA + block.DeleteCountA;
        }

        for (; a < from.Count; a++)
        {
            Word(text, from[a].Text);
        }

        return text.ToString();
    }

    /// <summary>Whether the two renderings have the same words in the same order (typography and contractions aside).</summary>
    public static bool Same(IReadOnlyList<ComparableWord> a, IReadOnlyList<ComparableWord> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Count == b.Count && a.Select(w => w.Text).SequenceEqual(b.Select(w => w.Text), StringComparer.Ordinal);
    }

    private static void Run(StringBuilder text, string open, IEnumerable<ComparableWord> words, string close)
    {
        var joined = string.Join(' ', words.Select(w => w.Text));
        if (joined.Length > 0)
        {
            Word(text, open + joined + close);
        }
    }

    private static void Word(StringBuilder text, string word)
    {
        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(word);
    }

    /// <summary>One word per line: the chunker splits on line breaks, so every word is one diff piece.</summary>
    private static string Join(IReadOnlyList<ComparableWord> words) => string.Join('\n', words.Select(w => w.Text));
}
