using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Consistency.Claims;
using Consistency.Rules;
using Consistency.Rules.Corpus;
using Consistency.Text;
using Microsoft.CodeAnalysis.Text;

namespace Consistency.Analysis;

/// <summary>
/// Runs rule packs over articles. Articles are analysed in parallel; the result is ordered by
/// path and position, so it is the same bytes whatever the thread count. A rule that throws costs
/// its own findings for that article and nothing else (CON0001, as Roslyn's AD0001).
/// </summary>
public sealed partial class Analyzer
{
    private readonly IReadOnlyList<RulePack> _packs;
    private readonly AnalyzerOptions _options;
    private readonly (RulePack Pack, Rule[] Rules)[] _active;

    /// <summary>How many articles a worker takes at a time: an article takes about a tenth of a millisecond.</summary>
    private const int ArticlesPerRange = 8;

    public Analyzer(IReadOnlyList<RulePack> packs, AnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(packs);
        _packs = packs;
        _options = options ?? new AnalyzerOptions();
        // A loop: Select into tuples is framework code compiled at start-up for this line alone.
        _active = new (RulePack, Rule[])[packs.Count];
        for (var i = 0; i < packs.Count; i++)
        {
            _active[i] = (packs[i], packs[i].Rules.Where(r => _options.OnlyRules.Count == 0 || _options.OnlyRules.Contains(r.Descriptor.Id)).ToArray());
        }
    }

    /// <summary>Every descriptor that can appear in this analyzer's output: the engine's and the active rules'.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors =>
        EngineDiagnostics.All.Concat(ActiveRules().Select(r => r.Descriptor)).ToArray();

    /// <summary>The rules that run, pack by pack. (A loop: SelectMany over the tuples is framework code compiled at start-up.)</summary>
    private IEnumerable<Rule> ActiveRules()
    {
        foreach (var (_, rules) in _active)
        {
            foreach (var rule in rules)
            {
                yield return rule;
            }
        }
    }

    public AnalysisResult Analyze(IReadOnlyList<ArticleInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var reports = new List<ArticleReport>(inputs.Count);
        var corpus = new List<ArticleReport>();
        var observations = Run(inputs, reports.Add, corpus.Add);
        return new AnalysisResult(reports, Descriptors)
        {
            CorpusReports = corpus,
            Observations = observations,
            ConfigurationReports = ReviewSuppressions([.. reports, .. corpus]),
        };
    }

    /// <summary>Reports about the suppression files: entries without a justification, or that matched nothing in these reports (every report of the run).</summary>
    public IReadOnlyList<ArticleReport> ReviewSuppressions(IReadOnlyList<ArticleReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var ran = ActiveRules().Select(r => r.Descriptor.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var known = _packs.SelectMany(p => p.Rules).Select(r => r.Descriptor.Id).Concat(EngineDiagnostics.All.Select(d => d.Id))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return _options.Suppressions.Review(reports, ran.Contains, known.Contains);
    }

    /// <summary>
    /// Analyses the articles in parallel and hands each report to <paramref name="report"/> in path
    /// order, one at a time, as soon as those before it are done; nothing is kept. A host writes the
    /// report as the run goes (the reports of a large archive then never pile up in memory); the
    /// review of suppression files, which needs every report, is left to the caller
    /// (<see cref="Analyze(IReadOnlyList{ArticleInput})"/> does it). The corpus rules' findings
    /// come after every article's report, one report per article they land in, in path order.
    /// </summary>
    public void Analyze(IReadOnlyList<ArticleInput> inputs, Action<ArticleReport> report)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(report);
        Run(inputs, report, report);
    }

    /// <returns>Every corpus rule's observations, in corpus order.</returns>
    private IReadOnlyList<ArticleObservation> Run(IReadOnlyList<ArticleInput> inputs, Action<ArticleReport> report, Action<ArticleReport> corpusReport)
    {
        // Reports come out in the order articles go in: sorted by the path they are reported under.
        var ordered = inputs.OrderBy(ReportPath, StringComparer.Ordinal).ToArray();
        var delivery = new InOrderDelivery<ArticleReport>(ordered.Length, report);
        if (ordered.Length == 0)
        {
            return [];
        }

        var corpus = new CorpusObservations();

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxDegreeOfParallelism) };
        try
        {
            // Ranges of a few articles handed out one at a time: Parallel.For's growing chunks left one
            // thread finishing its last chunk alone at the end of a 10k-article run (about 50 ms).
            Parallel.ForEach(Partitioner.Create(0, ordered.Length, ArticlesPerRange), parallel, range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var done = AnalyzeInput(ordered[i], corpus);
                    _options.ArticleAnalyzed?.Invoke(done);
                    delivery.Complete(i, done);
                }
            });
        }
        catch (AggregateException e)
        {
            // Rules and articles fail into diagnostics; what gets here is the receiver's own failure
            // (a report that cannot be written): the caller sees it as the receiver threw it.
            ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
        }

        var (reports, observations) = FinishCorpus(corpus, ReportPath(ordered[0]));
        foreach (var done in reports)
        {
            corpusReport(done);
        }

        return observations;
    }

    /// <summary>The path an input's report carries (as <see cref="Article.Path"/>): forward slashes.</summary>
    private static string ReportPath(ArticleInput input) => ReportedPath.WithForwardSlashes(input.DisplayPath);

    public ArticleReport AnalyzeInput(ArticleInput input) => AnalyzeInput(input, null);

    private ArticleReport AnalyzeInput(ArticleInput input, CorpusObservations? corpus)
    {
        ArgumentNullException.ThrowIfNull(input);
        var load = ArticleLoader.Load(input);
        if (load.Article is null)
        {
            var path = ReportPath(input);
            return new ArticleReport(path, [EngineDiagnostics.AboutArticle(load.Failure!, path, load.Reason!)]);
        }

        return Analyze(load.Article, corpus);
    }

    /// <summary>One article alone: its corpus rules observe nothing and report nothing.</summary>
    public ArticleReport Analyze(Article article) => Analyze(article, null);

    /// <summary>A corpus to analyse article by article and finish once (for hosts that run articles themselves).</summary>
    public CorpusSession StartCorpus() => new(this);

    internal ArticleReport Analyze(Article article, CorpusObservations? corpus)
    {
        ArgumentNullException.ThrowIfNull(article);
        var diagnostics = new List<Diagnostic>();
        ArticleSyntax? syntax = null;
        var chosen = _active;
        if (_options.PackChoice is { } choice)
        {
            if (Chosen(choice.PackFor(article.Path), out var reason) is not { } one)
            {
                return new ArticleReport(article.Path, [EngineDiagnostics.AboutArticle(EngineDiagnostics.Unclaimed, article.Path, reason!)]);
            }

            chosen = one;
        }

        try
        {
            syntax = ArticleSyntax.Parse(article, TokenBuffer.Take());
            Dictionary<Microsoft.CodeAnalysis.Text.TextSpan, (Diagnostic, string)>? placedSpans = null;
            foreach (var (pack, rules) in chosen)
            {
                var claims = ClaimReader.Read(syntax, pack.Lexicon);
                // One list and one callback for all the rules of an article, emptied between rules.
                var found = new List<Finding>();
                var report = found.Add;
                foreach (var rule in rules)
                {
                    if (rule is CorpusRule corpusRule)
                    {
                        if (corpus is not null)
                        {
                            Observe(corpusRule, claims, corpus, placedSpans ??= []);
                        }

                        continue;
                    }

                    found.Clear();
                    RunRule(rule, claims, found, report, diagnostics);
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect in the text or claims layer costs this article's findings, never the run.
            diagnostics.Clear();
            diagnostics.Add(EngineDiagnostics.AboutArticle(EngineDiagnostics.EngineFailed, article.Path, e.GetType().FullName!, e.Message));
        }

        if (syntax is not null)
        {
            // Every finding is placed (offsets and copied text): nothing reads these tokens again.
            TokenBuffer.Return(syntax.TokenArray);
        }

        diagnostics.Sort(Diagnostic.Order);
        return _options.Suppressions.Apply(new ArticleReport(article.Path, diagnostics));
    }

    /// <summary>The configured pack with its active rules, or null and why the article goes unchecked.</summary>
    private (RulePack Pack, Rule[] Rules)[]? Chosen(string? name, out string? reason)
    {
        reason = null;
        if (name is not null)
        {
            foreach (var active in _active)
            {
                if (active.Pack.IsNamed(name))
                {
                    return [active];
                }
            }
        }

        var known = string.Join(", ", _packs.Select(p => p.Key).Order(StringComparer.Ordinal));
        reason = name is null
            ? $"no rule pack claims this article; set consistency_pack = <pack> in an .editorconfig section that matches it, or pass --pack (packs: {known})"
            : $"'{name}' is not a rule pack of this build (packs: {known})";
        return null;
    }

    private void RunRule(Rule rule, ArticleClaims claims, List<Finding> found, Action<Finding> report, List<Diagnostic> diagnostics)
    {
        var article = claims.Syntax.Article;
        try
        {
            rule.Analyze(new RuleContext(claims, rule.Descriptor, report));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Out of memory is the run's failure, not the rule's: reported as a finding it would look like one (exit 1).
            diagnostics.Add(EngineDiagnostics.AboutArticle(EngineDiagnostics.RuleFailed, article.Path, rule.Descriptor.Id, e.GetType().FullName!, e.Message));
            return; // a half-run rule's findings are not trusted
        }

        // Only a rule with more findings than one sentence may keep can reach the cap: counting is skipped otherwise.
        var cap = found.Count > FindingsPerSentence.Limit ? new FindingsPerSentence() : null;
        foreach (var finding in found)
        {
            var severity = _options.Severities.Resolve(finding.Descriptor, finding.Severity, article.Path);
            if (severity is not { } effective)
            {
                continue;
            }

            var span = ClampToText(finding.Span, article.Text.Length);
            var sentence = SentenceIndex(claims.Syntax, span);
            if (cap is null || cap.Admit(sentence, diagnostics.Count))
            {
                diagnostics.Add(Place(claims.Syntax, sentence, span, finding.Descriptor, finding.Message, effective));
            }
        }

        cap?.SayWhatWasLeftOut(diagnostics);
    }

    private static Diagnostic Place(ArticleSyntax syntax, int sentence, TextSpan span, RuleDescriptor descriptor, string message, Severity severity)
    {
        var article = syntax.Article;
        // The sentence holding the span's start, widened to the span if the span runs on; the span alone outside any sentence.
        var sentenceSpan = sentence < syntax.Sentences.Count ? syntax.Sentences[sentence].Span : span;
        var around = TextSpan.FromBounds(Math.Min(sentenceSpan.Start, span.Start), Math.Max(sentenceSpan.End, span.End));
        var (excerpt, excerptSpan, lead) = ExcerptWindow.Of(article.Text, around, span);
        return new Diagnostic(descriptor, severity, message, article.Path, span, article.GetLineSpan(span), excerpt, excerptSpan) { ExcerptLead = lead };
    }

    private static TextSpan ClampToText(TextSpan span, int length)
    {
        var start = Math.Clamp(span.Start, 0, length);
        return TextSpan.FromBounds(start, Math.Clamp(span.End, start, length));
    }

    /// <summary>The index of the sentence holding the span's start; the sentence count when none does.</summary>
    /// <remarks>A binary search: an article of a million sentences with a finding in every one must not cost their product.</remarks>
    private static int SentenceIndex(ArticleSyntax syntax, TextSpan span)
    {
        var sentences = syntax.Sentences.AsSpan();
        int lo = 0, hi = sentences.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Span.End > span.Start)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    public IReadOnlyList<RulePack> Packs => _packs;

    /// <summary>
    /// Starts analysing, on a background thread, one article made of the packs' own rule examples
    /// (each descriptor's <see cref="RuleDescriptor.Flags"/> and <see cref="RuleDescriptor.Accepts"/>),
    /// and returns at once. A run spends its first tenth of a second finding files and reading
    /// configuration on one core; meanwhile the other compiles the readers and rules (the command
    /// line runs fully optimised code, compiled on first call) and every word set joins the
    /// vocabulary before the first real article is tokenized. 10k corpus: 1.32 s -> 1.11 s, 1k
    /// 529 -> 442 ms (bench/README.md). Its findings are discarded and a failure in it is ignored:
    /// the real run meets and reports the same failure.
    /// </summary>
    /// <returns>Completes when the warm-up has run: true if the example article was analysed without an exception.</returns>
    public static Task<bool> StartWarmUp(IReadOnlyList<RulePack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        // A thread of its own, not the pool's: the analysis's own workers come from the pool.
        new Thread(() => done.SetResult(WarmUp(packs))) { IsBackground = true, Name = "consistency warm-up" }.Start();
        return done.Task;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031", Justification = "A warm-up must never end the process; the real analysis reports any failure.")]
    private static bool WarmUp(IReadOnlyList<RulePack> packs)
    {
        try
        {
            // Making the rules (every rule's constructor), if not done yet, happens here too, off the caller's thread.
            var examples = packs.SelectMany(p => p.Rules).SelectMany(r => r.Descriptor.Flags.Concat(r.Descriptor.Accepts));
            new Analyzer(packs).Analyze(new Article("(warm-up)", string.Join('\n', examples.Select(e => e + "."))));
            return true;
        }
        catch (Exception)
        {
            return false; // see StartWarmUp
        }
    }
}
