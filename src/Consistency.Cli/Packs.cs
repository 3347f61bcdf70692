using Consistency.Analysis;
using Consistency.Packs.Zapad2025;
using Consistency.Rules;

namespace Consistency.Cli;

/// <summary>The rule packs this build of the command line carries.</summary>
internal static class Packs
{
    public static IReadOnlyList<RulePack> All { get; } = [new Zapad2025Pack()];

    /// <summary>Every descriptor a run can report: the engine's and every pack rule's.</summary>
    public static IReadOnlyList<RuleDescriptor> AllDescriptors { get; } = new Analyzer(All).Descriptors;

    public static RuleDescriptor? Find(string id) =>
        AllDescriptors.FirstOrDefault(d => string.Equals(d.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));
}
