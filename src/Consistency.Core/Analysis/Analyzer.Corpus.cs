using Microsoft.CodeAnalysis.Text;
using Consistency.Claims;
using Consistency.Rules.Corpus;

namespace Consistency.Analysis;

/// <summary>The corpus rules' two halves: observing each article, and reporting once all are in.</summary>
public sealed partial class Analyzer
{
    /// <summary>
    /// Runs a corpus rule's <see cref="CorpusRule.Observe"/> on one article and keeps what it
    /// recorded, each distinct value once, placed (line, column, excerpt) now, while the syntax is at hand.
    /// A rule that throws keeps nothing from this article and is reported once, at the end.
    /// </summary>
    /// <param name="rule">The corpus rule.</param>
    /// <param name="claims">The article's claims.</param>
    /// <param name="corpus">Where the run's observations are gathered.</param>
    /// <param name="placedSpans">
    /// Spans of this article already placed by another corpus rule, with their words: two rules
    /// observing one figure (ZAP100 and ZAP102 read the troop figures alike) share its sentence
    /// excerpt and words instead of holding a copy each until the run ends.
    /// </param>
    private static void Observe(CorpusRule rule, ArticleClaims claims, CorpusObservations corpus, Dictionary<TextSpan, (Diagnostic Placed, string Words)> placedSpans)
    {
        var syntax = claims.Syntax;
        var article = syntax.Article;
        var recorded = new List<Observation>();
        try
        {
            rule.Observe(new ObservationContext(claims, rule.Descriptor, recorded.Add));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            corpus.Fail(rule, article.Path, e);
            return;
        }

        var placed = new List<(ArticleObservation, Diagnostic)>(recorded.Count);
        var seen = new HashSet<(string, string, string?, string?, string?)>();
        foreach (var observation in recorded)
        {
            // An article that repeats a value says it once: kept at its first place, so an archive
            // repeating one figure a million times costs one observation, not a million.
            if (!seen.Add((observation.Fact, observation.Value, observation.Source, observation.Party, observation.Qualifier)))
            {
                continue;
            }

            var span = ClampToText(observation.Span, article.Text.Length);
            Diagnostic diagnostic;
            string words;
            if (placedSpans.TryGetValue(span, out var known))
            {
                (diagnostic, words) = (known.Placed with { Descriptor = rule.Descriptor, Severity = rule.Descriptor.DefaultSeverity }, known.Words);
            }
            else
            {
                diagnostic = Place(syntax, SentenceIndex(syntax, span), span, rule.Descriptor, "", rule.Descriptor.DefaultSeverity);
                words = article.Slice(span).ToString();
                placedSpans[span] = (diagnostic, words);
            }

            placed.Add((new ArticleObservation(observation with { Span = span }, article.Path, diagnostic.Location, words), diagnostic));
        }

        corpus.Add(rule, placed);
    }

    /// <summary>
    /// Runs every active corpus rule's <see cref="CorpusRule.Report"/> over its observations in
    /// corpus order and turns its findings into diagnostics at their articles' words, with the
    /// other articles' words as related locations; severities and suppressions apply as to any
    /// finding. A rule that threw (observing or reporting) becomes one CON0007 and nothing else.
    /// </summary>
    /// <param name="corpus">What the rules recorded.</param>
    /// <param name="firstPath">The corpus's first article: where a failure not tied to an article is reported.</param>
    /// <returns>One report per article with corpus findings, in path order; and all observations, in corpus order.</returns>
    internal (IReadOnlyList<ArticleReport> Reports, IReadOnlyList<ArticleObservation> Observations) FinishCorpus(CorpusObservations corpus, string firstPath)
    {
        var diagnostics = new List<Diagnostic>();
        var observations = new List<ArticleObservation>();
        foreach (var rule in ActiveRules().OfType<CorpusRule>())
        {
            if (corpus.FailureOf(rule) is { } failure)
            {
                diagnostics.Add(Failed(rule, failure.Path, "observing this article", failure.Error));
                continue;
            }

            var observed = corpus.Of(rule);
            var placed = new Dictionary<ArticleObservation, Diagnostic>(observed.Count, ReferenceEqualityComparer.Instance);
            foreach (var (observation, diagnostic) in observed)
            {
                placed[observation] = diagnostic;
            }

            var found = new List<CorpusFinding>();
            var ordered = observed.ConvertAll(o => o.Observation);
            try
            {
                rule.Report(new CorpusContext(ordered, rule.Descriptor, found.Add));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                diagnostics.Add(Failed(rule, firstPath, "reporting across the corpus", e));
                continue;
            }

            observations.AddRange(ordered);
            foreach (var finding in found)
            {
                if (placed.TryGetValue(finding.At, out var at)
                    && _options.Severities.Resolve(finding.Descriptor, finding.Severity, finding.At.Path) is { } severity)
                {
                    diagnostics.Add(at with { Severity = severity, Message = finding.Message, Related = finding.Related.Select(Related).ToArray() });
                }
            }
        }

        observations.Sort(ArticleObservation.Order);
        diagnostics.Sort(Diagnostic.Order);
        var reports = diagnostics.GroupBy(d => d.Path, StringComparer.Ordinal)
            .Select(g => _options.Suppressions.Apply(new ArticleReport(g.Key, g.ToArray())))
            .ToArray();
        return (reports, observations);
    }

    private static Diagnostic Failed(CorpusRule rule, string path, string doing, Exception e) =>
        EngineDiagnostics.AboutArticle(EngineDiagnostics.CorpusRuleFailed, path, rule.Descriptor.Id, e.GetType().FullName!, doing, e.Message);

    /// <summary>Another article's words, and whether it states them as fact or attributes them.</summary>
    private static RelatedLocation Related(ArticleObservation other)
    {
        var o = other.Observation;
        var message = o.Source is null ? $"\"{other.Words}\", stated as fact" : $"\"{other.Words}\", attributed to {o.Source}";
        return new RelatedLocation(other.Path, o.Span, other.Location, message);
    }
}
