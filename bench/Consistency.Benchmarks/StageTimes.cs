using System.Diagnostics;
using System.Globalization;
using Consistency.Analysis;
using Consistency.Claims;
using Consistency.Packs.Zapad2025;
using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Benchmarks;

/// <summary>
/// Where one pass over the corpus spends its time, stage by stage: decoding, tokenizing,
/// segmenting, each claims reader, each rule. One thread, the corpus in memory, a first pass to
/// compile and warm up, then the mean of the next passes. BenchmarkDotNet measures the three hot
/// paths properly (<see cref="EngineBenchmarks"/>); this says which reader or rule to look at next.
/// </summary>
internal static class StageTimes
{
    public static void Run(int iterations, TextWriter output)
    {
        var pack = new Zapad2025Pack();
        TimeSpan pausesBefore = default;
        var collectionsBefore = new int[3];
        var stages = new Dictionary<string, (double Milliseconds, long Bytes)>(StringComparer.Ordinal);
        for (var pass = 0; pass <= iterations; pass++)
        {
            if (pass == 1)
            {
                pausesBefore = GC.GetTotalPauseDuration();
                collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            }

            var timer = new Stopwatch();
            void Time(string stage, Action action)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                timer.Restart();
                action();
                timer.Stop();
                if (pass > 0)
                {
                    var (ms, bytes) = stages.GetValueOrDefault(stage);
                    stages[stage] = (ms + timer.Elapsed.TotalMilliseconds, bytes + GC.GetAllocatedBytesForCurrentThread() - before);
                }
            }

            foreach (var (path, bytes) in BenchCorpus.Files)
            {
                Article article = null!;
                ArticleSyntax syntax = null!;
                Time("decode", () => article = ArticleLoader.Decode(path, bytes).Article!);
                // The parts of ArticleSyntax.Parse, timed apart, then the syntax the readers need.
                Time("tokenize", () => Tokenizer.Tokenize(article.Text, Vocabulary.Current, out _));
                var tokens = Tokenizer.Tokenize(article.Text, Vocabulary.Current, out var count);
                Time("segment", () => SentenceSegmenter.Segment(article.Text, tokens.AsSpan(0, count)));
                syntax = ArticleSyntax.Parse(article);
                Time("sentence cue masks", () => _ = syntax.Sentences.Count > 0 && syntax.SentenceHasNumber(0)); // made once, on the first question
                var claims = new ArticleClaims(syntax, pack.Lexicon);
                foreach (var reader in ClaimReader.Readers)
                {
                    Time("claims: " + reader.GetType().Name, () => reader.Read(claims));
                }

                foreach (var rule in pack.Rules)
                {
                    Time("rule: " + rule.Descriptor.Id, () => rule.Analyze(new RuleContext(claims, rule.Descriptor, _ => { })));
                }
            }
        }

        var megabytes = BenchCorpus.Bytes / 1e6;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{BenchCorpus.Files.Count} articles, {megabytes:F2} MB, mean of {iterations} passes after one warm-up pass, one thread"));
        output.WriteLine("| stage | ms per pass | MB/s | allocated MB per pass |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var (stage, (ms, bytes)) in stages.OrderByDescending(s => s.Value.Milliseconds))
        {
            var mean = ms / iterations;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stage} | {mean:F1} | {megabytes / (mean / 1000):F0} | {bytes / iterations / 1e6:F1} |"));
        }

        var total = stages.Values.Sum(s => s.Milliseconds) / iterations;
        var pauses = (GC.GetTotalPauseDuration() - pausesBefore).TotalMilliseconds / iterations;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GC per pass: {pauses:F1} ms paused (inside the stage times), collections gen0/gen1/gen2 {(GC.CollectionCount(0) - collectionsBefore[0]) / iterations}/{(GC.CollectionCount(1) - collectionsBefore[1]) / iterations}/{(GC.CollectionCount(2) - collectionsBefore[2]) / iterations}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all stages | {total:F1} | {megabytes / (total / 1000):F0} | {stages.Values.Sum(s => s.Bytes) / iterations / 1e6:F1} |"));
    }
}
