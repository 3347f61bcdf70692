namespace Consistency.Rules;

/// <summary>
/// One checkable assertion, after Roslyn's <c>DiagnosticAnalyzer</c>. A rule reads an article's
/// claims and reports spans; the engine computes lines and columns, orders the output and
/// isolates a rule that throws. A pack's rules are listed at build time by a source generator
/// (<see cref="RulePack"/>): adding one is adding a class.
/// A rule must be stateless between articles: the engine runs one instance on many threads.
/// </summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Analyze(RuleContext context);
}
