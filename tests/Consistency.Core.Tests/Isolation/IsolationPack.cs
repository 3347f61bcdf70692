using Consistency.Claims;
using Consistency.Rules;

namespace Consistency.Core.Tests.Isolation;

/// <summary>A test-only rule pack: its rules are the <see cref="Rule"/> classes of this test assembly, listed at build time by the source generator as in any pack.</summary>
public sealed partial class IsolationPack : RulePack
{
    public override string Name => "Isolation tests";

    public override Lexicon Lexicon => Lexicon.Empty;

    public static RuleDescriptor Descriptor(string id, string title) =>
        new(id, title, "{0}", "Test", Severity.Warning, new Uri("https://example.invalid/" + id), title);
}
