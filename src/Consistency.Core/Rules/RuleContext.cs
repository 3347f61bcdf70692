using System.Globalization;
using Consistency.Claims;
using Consistency.Text;
using Microsoft.CodeAnalysis.Text;

namespace Consistency.Rules;

/// <summary>What a rule sees of one article (its text, syntax and claims) and where it reports.</summary>
public sealed class RuleContext
{
    private readonly Action<Finding> _report;

    internal RuleContext(ArticleClaims claims, RuleDescriptor descriptor, Action<Finding> report)
    {
        Claims = claims;
        Descriptor = descriptor;
        _report = report;
    }

    public ArticleClaims Claims { get; }

    public ArticleSyntax Syntax => Claims.Syntax;

    public Article Article => Claims.Syntax.Article;

    public RuleDescriptor Descriptor { get; }

    /// <summary>Reports a finding at the rule's default severity.</summary>
    public void Report(TextSpan span, params object[] messageArgs) => Report(span, Descriptor.DefaultSeverity, messageArgs);

    /// <summary>
    /// Reports words that contradict the rule's fact, after the severity contract: at the rule's
    /// default severity when stated as fact, as info when the words are attributed to a party
    /// ("according to Lithuania", "Putin said"), and as a warning when that party is one of the
    /// fact's own sources (<see cref="RuleDescriptor.Sources"/>): the article misquotes it. A fact no
    /// party disputes (<see cref="RuleDescriptor.Undisputed"/>) is a warning whoever it is given to.
    /// </summary>
    public void ReportContradiction(TextSpan span, params object[] messageArgs)
    {
        var sentence = Syntax.SentenceOf(Syntax.TokenAt(span.Start));
        var attribution = Syntax.Sentences.Count > 0 ? Claims.AttributionAt(sentence, span.Start) : null;
        var severity = attribution switch
        {
            null => Descriptor.DefaultSeverity,
            { EntityId: { } party } when Descriptor.Sources.Contains(party) => Descriptor.DefaultSeverity == Severity.Error ? Severity.Warning : Descriptor.DefaultSeverity,
            _ when Descriptor.Undisputed => Descriptor.DefaultSeverity == Severity.Error ? Severity.Warning : Descriptor.DefaultSeverity,
            _ => Severity.Info,
        };
        Report(span, severity, messageArgs);
    }

    /// <summary>Reports a finding at a chosen severity (an attributed figure is info, not error).</summary>
    public void Report(TextSpan span, Severity severity, params object[] messageArgs)
    {
        // Words the article does not assert are no contradiction: a question ("Was the drill staged in
        // Minsk?"), a denial, an indirect question, a correction note, a banner, a negated clause.
        if (Claims.AssertsNothingAt(span.Start))
        {
            return;
        }

        var message = string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, messageArgs);
        _report(new Finding(Descriptor, span, severity, message));
    }
}
