using Consistency.Analysis;
using Consistency.Rules;

namespace Consistency.Cli;

/// <summary>
/// The rule packs this build of the command line carries: every pack project it references, listed
/// at build time by a source generator (<see cref="Referenced"/>), so adding a story is one
/// ProjectReference and the native executable finds its packs without reflection.
/// </summary>
internal static partial class Packs
{
    public static IReadOnlyList<RulePack> All { get; } = Referenced();

    /// <summary>Written by Consistency.Generators' PackListGenerator: one instance of each referenced pack.</summary>
    [PackList]
    private static partial IReadOnlyList<RulePack> Referenced();

    /// <summary>The pack a configured or typed name means (its key or name, any case), or null.</summary>
    public static RulePack? Named(string name) => All.FirstOrDefault(p => p.IsNamed(name));

    /// <summary>The packs' keys, for messages: "DroneIncursion2025, Zapad2025".</summary>
    public static string Keys => string.Join(", ", All.Select(p => p.Key).Order(StringComparer.Ordinal));

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
