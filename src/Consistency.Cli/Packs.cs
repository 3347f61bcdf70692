using Consistency.Packs.Zapad2025;
using Consistency.Rules;

namespace Consistency.Cli;

/// <summary>The rule packs this build of the command line carries.</summary>
internal static class Packs
{
    public static IReadOnlyList<RulePack> All { get; } = [new Zapad2025Pack()];
}
