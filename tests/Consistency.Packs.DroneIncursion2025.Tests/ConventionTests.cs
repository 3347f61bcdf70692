using System.Text.RegularExpressions;
using Consistency.Analysis;
using Consistency.Packs.DroneIncursion2025.Tests.Gate;
using Consistency.Testing;

namespace Consistency.Packs.DroneIncursion2025.Tests;

/// <summary>The conventions every rule of the pack keeps (shared with every pack: <see cref="PackConventionTests{TPack}"/>).</summary>
public sealed partial class ConventionTests : PackConventionTests<DroneIncursion2025Pack>
{
    protected override Regex IdPattern => DrnId();

    protected override Type Categories => typeof(RuleCategories);

    protected override IReadOnlyList<ArticleInput> TestArticles => DroneArticles.Inputs();

    [Test]
    public void Correct_team_articles_raise_no_finding()
    {
        var correct = DroneArticles.Inputs().Where(i => Path.GetFileName(i.DisplayPath).StartsWith("correct-", StringComparison.Ordinal)).ToList();
        correct.Count.ShouldBeGreaterThanOrEqualTo(2);
        new Analyzer([new DroneIncursion2025Pack()]).Analyze(correct).Diagnostics.Select(Reporting.DiagnosticLine.Format).ShouldBeEmpty();
    }

    [GeneratedRegex("^DRN[0-9]{3}$")]
    private static partial Regex DrnId();
}
