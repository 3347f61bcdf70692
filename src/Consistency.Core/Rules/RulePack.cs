using Consistency.Claims;

namespace Consistency.Rules;

/// <summary>
/// A story's rules and the lexicon its claims are read with. The pack's rules are every concrete
/// <see cref="Rule"/> in its assembly, ordered by ID. They are listed at build time, not found by
/// reflection at run time: a pack is declared <c>partial</c> and the Consistency.Generators source
/// generator writes its <see cref="CreateRules"/>, so adding a rule is still adding a class and the
/// command line compiles ahead of time (Native AOT) with nothing trimmed away.
/// </summary>
public abstract class RulePack
{
    private readonly Lock _discovery = new();
    private IReadOnlyList<Rule>? _rules;

    /// <summary>The story's name as people write it ("Zapad-2025").</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The name configuration and <c>--pack</c> use: <see cref="Name"/> with only its letters and digits
    /// ("Zapad2025"), so a key in a file needs no quoting and no one has to remember the dash.
    /// </summary>
    public string Key => new([.. Name.Where(char.IsLetterOrDigit)]);

    /// <summary>Whether a configured name means this pack: its <see cref="Key"/> or its <see cref="Name"/>, in any letter case.</summary>
    public bool IsNamed(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return string.Equals(trimmed, Key, StringComparison.OrdinalIgnoreCase) || string.Equals(trimmed, Name, StringComparison.OrdinalIgnoreCase);
    }

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
                return _rules ??= CreateRules().OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToArray();
            }
        }
    }

    /// <summary>A new instance of every rule of the pack; written by the source generator for a partial pack.</summary>
    protected abstract IReadOnlyList<Rule> CreateRules();
}
