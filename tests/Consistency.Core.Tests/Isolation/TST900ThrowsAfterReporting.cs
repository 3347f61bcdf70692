using Consistency.Rules;
using Microsoft.CodeAnalysis.Text;

namespace Consistency.Core.Tests.Isolation;

/// <summary>A broken rule: reports a finding, then throws. The engine must drop the finding and say which rule failed where.</summary>
public sealed class TST900ThrowsAfterReporting : Rule
{
    public const string FailureMessage = "deliberate failure for the isolation tests";

    public override RuleDescriptor Descriptor { get; } = IsolationPack.Descriptor("TST900", "Throws after reporting");

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Report(new TextSpan(0, Math.Min(1, context.Article.Text.Length)), "half-run finding that must not survive");
        throw new InvalidOperationException(FailureMessage);
    }
}
