using System.Reflection;
using System.Text.RegularExpressions;
using Consistency.Analysis;
using Consistency.Packs.Zapad2025.Tests.Gate;
using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Tests;

/// <summary>
/// Conventions every rule of the pack must keep, checked over every rule the pack lists, so a
/// new rule class is held to them the moment it exists.
/// </summary>
public sealed partial class ConventionTests
{
    private static readonly IReadOnlyList<Rule> Rules = new Zapad2025Pack().Rules;

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
        var d = rule.Descriptor;
        IdPattern().IsMatch(d.Id).ShouldBeTrue($"{d.Id} is not of the form ZAPnnn");
        rule.GetType().Name.ShouldStartWith(d.Id, customMessage: "a rule's class name starts with its ID");
        d.Title.ShouldNotBeNullOrWhiteSpace();
        d.MessageFormat.ShouldContain("{0}");
        d.Description.ShouldNotBeNullOrWhiteSpace();
        typeof(RuleCategories).GetFields().Select(f => f.GetValue(null)).ShouldContain(d.Category);
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
        var analyzer = new Analyzer([new Zapad2025Pack()], new AnalyzerOptions { OnlyRules = new HashSet<string> { rule.Descriptor.Id } });
        analyzer.Analyze(new Article("empty.txt", "")).Diagnostics.ShouldBeEmpty();
        analyzer.Analyze(new Article("blank.txt", " \n\r\n\t ")).Diagnostics.ShouldBeEmpty();
    }

    [TestCaseSource(nameof(EachRule))]
    public void Rule_has_micro_tests_that_flag_and_that_accept(Rule rule)
    {
        var fixture = typeof(ConventionTests).Assembly.GetTypes().SingleOrDefault(t => t.Name == rule.GetType().Name + "Tests");
        fixture.ShouldNotBeNull($"a rule's micro-tests live in {rule.GetType().Name}Tests");
        var cases = fixture.GetMethods().Where(m => m.GetCustomAttributes<TestCaseAttribute>().Any()).ToList();
        cases.Where(m => m.Name.StartsWith("Flags", StringComparison.Ordinal)).Sum(m => m.GetCustomAttributes<TestCaseAttribute>().Count())
            .ShouldBeGreaterThanOrEqualTo(5, "at least five phrasings the rule must catch");
        cases.Where(m => m.Name.StartsWith("Accepts", StringComparison.Ordinal)).Sum(m => m.GetCustomAttributes<TestCaseAttribute>().Count())
            .ShouldBeGreaterThanOrEqualTo(5, "at least five true look-alikes the rule must leave alone");
    }

    [TestCaseSource(nameof(EachRule))]
    public void Rule_fires_on_at_least_one_test_article(Rule rule)
    {
        FiredRuleIds.Value.ShouldContain(rule.Descriptor.Id, $"{rule.Descriptor.Id} finds nothing in seeds/ or tests/corpus/: add a planted article that shows it");
    }

    [Test]
    public void Correct_team_articles_raise_no_finding()
    {
        var analyzer = new Analyzer([new Zapad2025Pack()]);
        var correct = ArticleCorpus.Team.Inputs().Where(i => Path.GetFileName(i.DisplayPath).StartsWith("correct-", StringComparison.Ordinal)).ToList();
        correct.Count.ShouldBeGreaterThanOrEqualTo(6);
        var findings = analyzer.Analyze(correct).Diagnostics.Select(Reporting.DiagnosticLine.Format).ToList();
        findings.ShouldBeEmpty();
    }

    private static readonly Lazy<HashSet<string>> FiredRuleIds = new(() =>
        new Analyzer([new Zapad2025Pack()]).Analyze(ArticleCorpus.All.SelectMany(f => f.Inputs()).ToList())
            .Diagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));

    [GeneratedRegex("^ZAP[0-9]{3}$")]
    private static partial Regex IdPattern();
}
