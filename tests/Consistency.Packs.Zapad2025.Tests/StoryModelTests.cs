using System.Reflection;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Tests;

/// <summary>The story model is declared once and every part of it is asserted by a rule: a fact nobody checks is a gap.</summary>
public sealed class StoryModelTests
{
    private static readonly IReadOnlyList<object> AssertedFacts = new Zapad2025Pack().Rules
        .Select(r => FactOf(r))
        .OfType<object>()
        .ToList();

    public static IEnumerable<TestCaseData> ModelParts()
    {
        yield return new TestCaseData(ZapadStory.Calendar).SetName("Model part: calendar");
        yield return new TestCaseData(ZapadStory.Offices).SetName("Model part: offices");
        foreach (var f in ZapadStory.Figures)
        {
            yield return new TestCaseData(f).SetName($"Model part: figure {f.What}");
        }

        foreach (var d in ZapadStory.Durations)
        {
            yield return new TestCaseData(d).SetName($"Model part: duration {d.What}");
        }

        foreach (var e in ZapadStory.Exclusions)
        {
            yield return new TestCaseData(e).SetName($"Model part: exclusion {e.What}");
        }

        foreach (var s in ZapadStory.Sites)
        {
            yield return new TestCaseData(s).SetName($"Model part: site {s.What}");
        }

        foreach (var q in ZapadStory.Quotes)
        {
            yield return new TestCaseData(q).SetName($"Model part: quote {q.Speaker}");
        }

        foreach (var r in ZapadStory.Roles)
        {
            yield return new TestCaseData(r).SetName($"Model part: role {r.What}");
        }
    }

    [TestCaseSource(nameof(ModelParts))]
    public void Every_part_of_the_story_model_is_asserted_by_a_rule(object part) =>
        AssertedFacts.ShouldContain(f => ReferenceEquals(f, part), "no rule of a kind of check asserts this part of the model");

    [Test]
    public void Every_rule_of_a_kind_of_check_asserts_a_part_of_the_model()
    {
        var parts = ModelParts().Select(c => c.Arguments[0]).ToList();
        AssertedFacts.ShouldNotBeEmpty();
        foreach (var fact in AssertedFacts)
        {
            parts.ShouldContain(p => ReferenceEquals(p, fact), $"a rule asserts a fact that ZapadStory does not list: {fact}");
        }
    }

    /// <summary>The fact a rule of a kind of check holds (<see cref="FactRule{TFact}"/>'s protected property), or null for another rule.</summary>
    private static object? FactOf(Consistency.Rules.Rule rule)
    {
        for (var type = rule.GetType(); type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(FactRule<>))
            {
                return type.GetProperty("Fact", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(rule);
            }
        }

        return null;
    }
}
