using Consistency.Rules;

namespace Consistency.Core.Tests.Isolation;

/// <summary>A healthy sibling of the broken rule in the same pack: reports every word "drills".</summary>
public sealed class TST901MarksDrills : Rule
{
    public override RuleDescriptor Descriptor { get; } = IsolationPack.Descriptor("TST901", "Marks the word drills");

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var t = 0; t < context.Syntax.Tokens.Count; t++)
        {
            if (context.Syntax.IsWord(t, "drills"))
            {
                context.Report(context.Syntax.SpanOf(t, t + 1), "drills");
            }
        }
    }
}
