using Consistency.Rules;

namespace Consistency.Packs.Zapad2025.Tests;

/// <summary>
/// The pack's rules are listed at build time by the source generator (no reflection at run time, for
/// Native AOT). Reflection here, in the tests, checks that the list misses no rule class and holds
/// nothing else: adding a rule is still adding a class.
/// </summary>
public sealed class GeneratedRuleListTests
{
    [Test]
    public void The_generated_list_holds_every_rule_class_of_the_pack_once()
    {
        var classes = typeof(Zapad2025Pack).Assembly.GetTypes()
            .Where(t => typeof(Rule).IsAssignableFrom(t) && t is { IsAbstract: false, IsClass: true } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();

        var listed = new Zapad2025Pack().Rules.Select(r => r.GetType().FullName).Order(StringComparer.Ordinal).ToList();

        classes.Count.ShouldBeGreaterThan(20);
        listed.ShouldBe(classes);
    }

    [Test]
    public void Rules_are_ordered_by_id()
    {
        var ids = new Zapad2025Pack().Rules.Select(r => r.Descriptor.Id).ToList();

        ids.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
    }
}
