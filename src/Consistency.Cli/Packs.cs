using Consistency.Analysis;
using Consistency.Packs.Zapad2025;
using Consistency.Rules;

namespace Consistency.Cli;

/// <summary>The rule packs this build of the command line carries.</summary>
internal static class Packs
{
    public static IReadOnlyList<RulePack> All { get; } = [new Zapad2025Pack()];

    private static readonly Lazy<IReadOnlyList<RuleDescriptor>> Descriptors = new(() => new Analyzer(All).Descriptors);

    /// <summary>Every descriptor a run can report: the engine's and every pack rule's.</summary>
    /// <remarks>
    /// Made on first use, not with <see cref="All"/>: listing them makes the rules (every rule's
    /// constructor), which <c>check</c> leaves to its warm-up thread; made with the
    /// packs, it held up the warm-up's start by a twentieth of a second on the main thread.
    /// </remarks>
    public static IReadOnlyList<RuleDescriptor> AllDescriptors => Descriptors.Value;

    /// <summary>Any descriptor by ID, the engine's included (for <c>explain</c>).</summary>
    public static RuleDescriptor? Find(string id) => Find(AllDescriptors, id);

    /// <summary>A pack rule by ID (for <c>--rules</c>: engine diagnostics are not rules that can be chosen to run).</summary>
    public static RuleDescriptor? FindRule(string id) => Find(All.SelectMany(p => p.Rules).Select(r => r.Descriptor), id);

    private static RuleDescriptor? Find(IEnumerable<RuleDescriptor> descriptors, string id) =>
        descriptors.FirstOrDefault(d => string.Equals(d.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));
}
