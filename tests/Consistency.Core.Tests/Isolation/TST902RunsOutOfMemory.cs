using Consistency.Rules;

namespace Consistency.Core.Tests.Isolation;

/// <summary>
/// Stands in for the runtime running out of memory inside a rule, on articles carrying
/// <see cref="Marker"/> only (every other test article is left alone). Out of memory is the run's
/// failure, not the rule's: it must never become a CON0001 finding, which would exit 1 as findings do.
/// </summary>
public sealed class TST902RunsOutOfMemory : Rule
{
    public const string Marker = "(simulated: out of memory)";

    public override RuleDescriptor Descriptor { get; } = IsolationPack.Descriptor("TST902", "Runs out of memory on the marked article");

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2201", Justification = "Standing in for the runtime running out of memory.")]
    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Article.Text.Contains(Marker, StringComparison.Ordinal))
        {
            throw new OutOfMemoryException();
        }
    }
}
