using Consistency.Testing;

namespace Consistency.Packs.DroneIncursion2025.Tests;

/// <summary>Base for a rule's micro-tests: <c>Verify</c> runs that rule alone over marked-up text.</summary>
public abstract class RuleTest(string ruleId)
{
    private static readonly DroneIncursion2025Pack Pack = new();

    protected string RuleId { get; } = ruleId;

    protected IReadOnlyList<Analysis.Diagnostic> Verify(string markup) => RuleVerifier.Verify(Pack, RuleId, markup);
}
