using System.Reflection;
using Consistency.Claims;

namespace Consistency.Rules;

/// <summary>
/// A story's rules and the lexicon its claims are read with. The pack's rules are every concrete
/// <see cref="Rule"/> in its assembly, found by reflection and ordered by ID.
/// </summary>
public abstract class RulePack
{
    private IReadOnlyList<Rule>? _rules;

    public abstract string Name { get; }

    public abstract Lexicon Lexicon { get; }

    /// <summary>The pack's rules, discovered once; every thread sees the same instances (a warm-up thread may ask first).</summary>
    public IReadOnlyList<Rule> Rules
    {
        get
        {
            if (Volatile.Read(ref _rules) is null)
            {
                Interlocked.CompareExchange(ref _rules, Discover(GetType().Assembly), null);
            }

            return _rules!;
        }
    }

    public static IReadOnlyList<Rule> Discover(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetTypes()
            .Where(t => typeof(Rule).IsAssignableFrom(t) && t is { IsAbstract: false, IsClass: true } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Rule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .ToArray();
    }
}
