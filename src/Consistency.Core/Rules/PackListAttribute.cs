namespace Consistency.Rules;

/// <summary>
/// Marks a host's <c>static partial</c> method that returns <c>IReadOnlyList&lt;RulePack&gt;</c>: the
/// Consistency.Generators source generator writes its body, one <c>new</c> for every public rule pack
/// in the assemblies the host references. A host carries a new story by referencing its pack's
/// project, with no list to edit, and nothing is found by reflection at run time (Native AOT).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PackListAttribute : Attribute;
