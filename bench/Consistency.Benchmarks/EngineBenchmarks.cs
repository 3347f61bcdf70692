using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Consistency.Analysis;
using Consistency.Claims;
using Consistency.Packs.Zapad2025;
using Consistency.Text;

namespace Consistency.Benchmarks;

/// <summary>
/// The engine's hot paths over a whole corpus held in memory, one thread: decoding and
/// segmenting, claims extraction, and the full Zapad rule pack (claims, rules, placing findings).
/// Each reports MB/s and bytes allocated per MB of text beside BenchmarkDotNet's own columns.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class EngineBenchmarks
{
    private static readonly Zapad2025Pack Pack = new();
    private IReadOnlyList<(string Path, byte[] Bytes)> _files = [];
    private Article[] _articles = [];
    private ArticleSyntax[] _syntax = [];
    private Analyzer _analyzer = null!;

    [GlobalSetup]
    public void Load()
    {
        _files = BenchCorpus.Files;
        _articles = _files.Select(f => ArticleLoader.Decode(f.Path, f.Bytes).Article!).ToArray();
        _analyzer = new Analyzer([Pack], new AnalyzerOptions { MaxDegreeOfParallelism = 1 });
        // One analysis first, so that every reader's and rule's word sets are in the vocabulary
        // before the articles below are tokenized (an article read before a set was built is
        // matched against it by text, correctly but slowly, as only the first articles of a run are).
        _analyzer.Analyze(_articles[0]);
        _syntax = _articles.Select(ArticleSyntax.Parse).ToArray();
    }

    /// <summary>Bytes to text (BOM, strict UTF-8), then tokens and sentences.</summary>
    [Benchmark]
    public int ReadAndSegment()
    {
        var sentences = 0;
        foreach (var (path, bytes) in _files)
        {
            sentences += ArticleSyntax.Parse(ArticleLoader.Decode(path, bytes).Article!).Sentences.Count;
        }

        return sentences;
    }

    /// <summary>Every claims reader over already segmented articles.</summary>
    [Benchmark]
    public int ExtractClaims()
    {
        var claims = 0;
        foreach (var syntax in _syntax)
        {
            claims += ClaimReader.Read(syntax, Pack.Lexicon).Quantities.Count;
        }

        return claims;
    }

    /// <summary>What the command line does per article, minus the disk: segment, read claims, run every rule, place findings.</summary>
    [Benchmark]
    public int FullRulePack()
    {
        var findings = 0;
        foreach (var article in _articles)
        {
            findings += _analyzer.Analyze(article).Diagnostics.Count;
        }

        return findings;
    }

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(new ThroughputColumn(), new AllocatedPerMegabyteColumn());
        }
    }
}
