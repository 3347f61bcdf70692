using Consistency.Rules;
using Consistency.Rules.Corpus;

namespace Consistency.Core.Tests.Isolation;

/// <summary>
/// A corpus rule for the isolation tests: records every word "drills" and reports each one that
/// another article also has; throws while observing an article holding <see cref="ObserveMarker"/>,
/// and while reporting when any article holds <see cref="ReportMarker"/>.
/// </summary>
public sealed class TST903CorpusFailsOnMarker : CorpusRule
{
    public const string ObserveMarker = "CORPUS-OBSERVE-FAILS";
    public const string ReportMarker = "CORPUS-REPORT-FAILS";
    public const string FailureMessage = "deliberate corpus failure for the isolation tests";

    public override RuleDescriptor Descriptor { get; } = IsolationPack.Descriptor("TST903", "Marks drills that other articles mention too");

    public override void Observe(ObservationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var syntax = context.Claims.Syntax;
        if (syntax.Article.Text.Contains(ObserveMarker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(FailureMessage);
        }

        var failsLater = syntax.Article.Text.Contains(ReportMarker, StringComparison.Ordinal);
        for (var t = 0; t < syntax.Tokens.Count; t++)
        {
            if (syntax.IsWord(t, "drills"))
            {
                context.Record(new Observation("drills", failsLater ? ReportMarker : "drills", null, syntax.SpanOf(t, t + 1)));
            }
        }
    }

    public override void Report(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Observations.Any(o => o.Observation.Value == ReportMarker))
        {
            throw new InvalidOperationException(FailureMessage);
        }

        foreach (var at in context.Observations)
        {
            var others = context.Observations.Where(o => o.Path != at.Path).ToArray();
            if (others.Length > 0)
            {
                context.Report(at, others, at.Words);
            }
        }
    }
}
