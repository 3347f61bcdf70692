using System.Reflection;
using Consistency.Claims;

namespace Consistency.Rules;

/// <summary>
/// A story's rules and the lexicon its claims are read with. The pack's rules are every concrete
/// <see cref="Rule"/> in its assembly, found by reflection and ordered by ID.
/// </summary>
public abstract class RulePack
{
    private readonly Lock _discovery = new();
    private IReadOnlyList<Rule>? _rules;

    public abstract string Name { get; }

    public abstract Lexicon Lexicon { get; }

    /// <summary>
    /// The pack's rules, discovered once; every thread sees the same instances. A thread that asks
    /// while another is discovering them (the command line's warm-up thread usually asks first)
    /// waits for that discovery rather than repeating it on the other core.
    /// </summary>
    public IReadOnlyList<Rule> Rules
    {
        get
        {
            if (Volatile.Read(ref _rules) is { } rules)
            {
                return rules;
            }

            lock (_discovery)
            {
                // A discovery that throws publishes nothing: the next caller meets the same failure.
                return _rules ??= Discover(GetType().Assembly);
            }
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
