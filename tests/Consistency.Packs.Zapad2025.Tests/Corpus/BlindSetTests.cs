using Consistency.Analysis;
using Consistency.Rules;
using Consistency.Testing;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Tests.Corpus;

/// <summary>
/// The blind sets of past rounds (<c>tests/blind/round-N</c>, see tests/BLIND.md) as regression sets:
/// no true look-alike and no correct article is ever flagged, and no planted error that was caught
/// when the round was closed is lost. A blind set measures only before it is fixed against; after
/// that it guards what was learnt from it.
/// </summary>
public sealed class BlindSetTests
{
    /// <summary>Planted errors caught when each round was closed (tests/BLIND.md); more is welcome, fewer fails.</summary>
    private static readonly Dictionary<string, int> CaughtAtClose = new(StringComparer.Ordinal) { ["round-1"] = 26, ["round-2"] = 25, ["round-3"] = 24, ["round-4"] = 26, ["round-5"] = 23, ["round-6"] = 22, ["round-7"] = 24, ["round-8"] = 24, ["round-9"] = 27, ["round-10"] = 24, ["round-11"] = 28 };

    public static IEnumerable<TestCaseData> Rounds() => CaughtAtClose.Keys.Select(r => new TestCaseData(r).SetName($"Blind {r}"));

    [TestCaseSource(nameof(Rounds))]
    public void A_past_blind_round_flags_no_true_statement_and_loses_no_catch(string round)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "blind", round);
        var rows = Tsv(Path.Combine(folder, "manifest.tsv"));
        var correct = Tsv(Path.Combine(folder, "articles.tsv")).Where(a => a["correct"] == "yes").Select(a => a["file"]).ToHashSet(StringComparer.Ordinal);
        var analyzer = new Analyzer([new Zapad2025Pack()]);
        var caught = 0;
        var wrong = new List<string>();
        foreach (var file in rows.Select(r => r["file"]).Concat(correct).Distinct(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(Path.Combine(folder, file)).Replace("\r\n", "\n", StringComparison.Ordinal);
            var strong = analyzer.Analyze(new Article(file, text)).Diagnostics.Where(d => d.Severity >= Severity.Warning).ToList();
            if (correct.Contains(file))
            {
                wrong.AddRange(strong.Select(d => $"correct article {file} flagged: {d.Id} {d.Message}"));
            }

            foreach (var row in rows.Where(r => r["file"] == file))
            {
                var start = text.IndexOf(row["words"], StringComparison.Ordinal);
                start.ShouldBeGreaterThanOrEqualTo(0, $"{file}: `{row["words"]}` is not in the article");
                var hit = strong.Any(d => d.Span.Start < start + row["words"].Length && d.Span.Start + Math.Max(1, d.Span.Length) > start);
                if (row["kind"] == "error" && hit)
                {
                    caught++;
                }
                else if (row["kind"] == "true" && hit)
                {
                    wrong.Add($"look-alike flagged in {file}: `{row["words"]}`");
                }
            }
        }

        wrong.ShouldBeEmpty();
        caught.ShouldBeGreaterThanOrEqualTo(CaughtAtClose[round], $"{round}: fewer planted errors caught than when the round was closed");
    }

    /// <summary>
    /// Each round read as one corpus, as a desk would check a folder: the rules that compare articles
    /// (ZAP100–ZAP102) see every article of the round at once. A warning or error they raise must stand
    /// on a planted error's words; on a correct article, a true look-alike, or any other words it is a
    /// false flag.
    /// </summary>
    [TestCaseSource(nameof(Rounds))]
    public void A_past_blind_round_read_as_one_corpus_gets_no_false_flag_across_sources(string round)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "blind", round);
        var rows = Tsv(Path.Combine(folder, "manifest.tsv"));
        var texts = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileName(f)!, f => File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparer.Ordinal);
        texts.Count.ShouldBeGreaterThan(5, $"{round}: the round's articles");
        var result = new Analyzer([new Zapad2025Pack()]).Analyze(texts.Select(t => ArticleInput.FromText(t.Key, t.Value)).ToArray());

        var corpusFindings = result.CorpusReports.SelectMany(r => r.Diagnostics).ToList();
        corpusFindings.ShouldNotContain(d => d.Descriptor.Category == EngineDiagnostics.Category);
        var wrong = new List<string>();
        foreach (var d in corpusFindings.Where(d => d.Severity >= Severity.Warning))
        {
            var text = texts[d.Path];
            var onPlantedError = rows.Any(r => r["file"] == d.Path && r["kind"] == "error" && text.IndexOf(r["words"], StringComparison.Ordinal) is var start and >= 0
                && d.Span.Start < start + r["words"].Length && d.Span.End > start);
            if (!onPlantedError)
            {
                wrong.Add($"{round}/{d.Path}({d.Location.StartLine},{d.Location.StartColumn}): {d.Id} {d.Message}");
            }
        }

        wrong.ShouldBeEmpty();
    }

    private static List<Dictionary<string, string>> Tsv(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        return lines.Skip(1).Select(l => l.Split('\t')).Select(cells => header.Select((h, i) => (h, v: i < cells.Length ? cells[i] : "")).ToDictionary(p => p.h, p => p.v, StringComparer.Ordinal)).ToList();
    }
}
