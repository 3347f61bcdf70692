using System.Reflection;
using System.Text.RegularExpressions;
using Consistency.Analysis;
using Consistency.Rules;
using NUnit.Framework;
using Shouldly;

namespace Consistency.Testing;

/// <summary>
/// The conventions every rule of a pack keeps, for a pack's test project to inherit: unique IDs of
/// the pack's own prefix, a complete descriptor (message with {0}, category of the pack's, https
/// evidence as help link, examples), silence on an empty article, at least five flagging and five
/// accepting micro-tests in <c>&lt;RuleClass&gt;Tests</c>, and a finding on at least one of the
/// pack's test articles (no dead rule).
/// </summary>
/// <typeparam name="TPack">The pack under test.</typeparam>
public abstract class PackConventionTests<TPack>
    where TPack : RulePack, new()
{
    private static readonly IReadOnlyList<Rule> Rules = new TPack().Rules;

    private readonly Lazy<HashSet<string>> _fired;

    protected PackConventionTests() =>
        _fired = new(() => new Analyzer([new TPack()]).Analyze(TestArticles).Diagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));

    /// <summary>The pack's rule IDs: its prefix and three digits ("^DRN[0-9]{3}$").</summary>
    protected abstract Regex IdPattern { get; }

    /// <summary>The pack's class of category constants (its <c>RuleCategories</c>).</summary>
    protected abstract Type Categories { get; }

    /// <summary>The pack's test articles (its gate folders), on which every rule must fire at least once.</summary>
    protected abstract IReadOnlyList<ArticleInput> TestArticles { get; }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "NUnit takes test cases from a static member; each pack's fixture closes the type over its pack.")]
    public static IEnumerable<TestCaseData> EachRule() =>
        Rules.Select(r => new TestCaseData(r).SetName($"{{m}}({r.Descriptor.Id})"));

    [Test]
    public void Rule_ids_are_unique()
    {
        Rules.Select(r => r.Descriptor.Id).ShouldBeUnique();
        Rules.Count.ShouldBeGreaterThan(0);
    }

    [TestCaseSource(nameof(EachRule))]
    public void Rule_has_a_complete_descriptor(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var d = rule.Descriptor;
        IdPattern.IsMatch(d.Id).ShouldBeTrue($"{d.Id} does not match {IdPattern}");
        rule.GetType().Name.ShouldStartWith(d.Id, customMessage: "a rule's class name starts with its ID");
        d.Title.ShouldNotBeNullOrWhiteSpace();
        d.MessageFormat.ShouldContain("{0}");
        d.Description.ShouldNotBeNullOrWhiteSpace();
        Categories.GetFields().Select(f => f.GetValue(null)).ShouldContain(d.Category);
        d.HelpLink.IsAbsoluteUri.ShouldBeTrue();
        d.HelpLink.Scheme.ShouldBe("https");
        d.Evidence.ShouldNotBeEmpty();
        d.Evidence[0].ShouldBe(d.HelpLink);
        d.Flags.ShouldNotBeEmpty();
        d.Accepts.ShouldNotBeEmpty();
    }

    [TestCaseSource(nameof(EachRule))]
    public void Rule_reports_nothing_on_an_empty_article(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var analyzer = new Analyzer([new TPack()], new AnalyzerOptions { OnlyRules = new HashSet<string> { rule.Descriptor.Id } });
        analyzer.Analyze(new Text.Article("empty.txt", "")).Diagnostics.ShouldBeEmpty();
        analyzer.Analyze(new Text.Article("blank.txt", " \n\r\n\t ")).Diagnostics.ShouldBeEmpty();
    }

    [TestCaseSource(nameof(EachRule))]
    public void Rule_has_micro_tests_that_flag_and_that_accept(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var fixture = GetType().Assembly.GetTypes().SingleOrDefault(t => t.Name == rule.GetType().Name + "Tests");
        fixture.ShouldNotBeNull($"a rule's micro-tests live in {rule.GetType().Name}Tests");
        var cases = fixture.GetMethods().Where(m => m.GetCustomAttributes<TestCaseAttribute>().Any()).ToList();
        cases.Where(m => m.Name.StartsWith("Flags", StringComparison.Ordinal)).Sum(m => m.GetCustomAttributes<TestCaseAttribute>().Count())
            .ShouldBeGreaterThanOrEqualTo(5, "at least five phrasings the rule must catch");
        cases.Where(m => m.Name.StartsWith("Accepts", StringComparison.Ordinal)).Sum(m => m.GetCustomAttributes<TestCaseAttribute>().Count())
            .ShouldBeGreaterThanOrEqualTo(5, "at least five true look-alikes the rule must leave alone");
    }

    /// <summary>The examples <c>consistency explain</c> shows hold: each flagged phrase is reported, each accepted one is not.</summary>
    [TestCaseSource(nameof(EachRule))]
    public void Rule_examples_in_its_descriptor_hold(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var analyzer = new Analyzer([new TPack()], new AnalyzerOptions { OnlyRules = new HashSet<string> { rule.Descriptor.Id } });
        foreach (var flagged in rule.Descriptor.Flags)
        {
            analyzer.Analyze(new Text.Article("example.txt", flagged + ".")).Diagnostics.ShouldNotBeEmpty($"the descriptor says \"{flagged}\" is flagged");
        }

        foreach (var accepted in rule.Descriptor.Accepts)
        {
            analyzer.Analyze(new Text.Article("example.txt", accepted + ".")).Diagnostics.ShouldBeEmpty($"the descriptor says \"{accepted}\" is accepted");
        }
    }

    [TestCaseSource(nameof(EachRule))]
    public void Rule_fires_on_at_least_one_test_article(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _fired.Value.ShouldContain(rule.Descriptor.Id, $"{rule.Descriptor.Id} finds nothing in the pack's test articles: add a planted article that shows it");
    }
}
