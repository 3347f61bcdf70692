using Consistency.Packs.Zapad2025;

namespace Consistency.Cli.Tests;

/// <summary><c>consistency rules</c> lists every rule; <c>consistency explain ID</c> tells why it holds.</summary>
public sealed class RulesAndExplainTests
{
    [Test]
    public void Rules_lists_every_pack_rule_and_engine_diagnostic_with_severity_and_title()
    {
        var run = Cli.Run("rules");

        run.ExitCode.ShouldBe(ExitCodes.Clean);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("ID");
        foreach (var rule in new Zapad2025Pack().Rules.Select(r => r.Descriptor))
        {
            lines.ShouldContain(l => l.StartsWith(rule.Id + " ", StringComparison.Ordinal)
                && l.Contains($" {rule.DefaultSeverity.ToString().ToLowerInvariant()} ", StringComparison.Ordinal)
                && l.EndsWith(rule.Title, StringComparison.Ordinal));
        }

        lines.ShouldContain(l => l.StartsWith("CON0004 ", StringComparison.Ordinal));
        lines.Skip(1).Select(l => l.Split(' ')[0]).ShouldBe(lines.Skip(1).Select(l => l.Split(' ')[0]).Order(StringComparer.Ordinal));
    }

    [Test]
    public void Explain_prints_rationale_flags_accepts_and_evidence()
    {
        var rule = new Zapad2025Pack().Rules.Single(r => r.Descriptor.Id == RuleIds.PreviousEditionWas2021).Descriptor;

        var run = Cli.Run("explain", "zap002");

        run.ExitCode.ShouldBe(ExitCodes.Clean);
        run.Out.ShouldStartWith($"ZAP002: {rule.Title}\nseverity: error, category: {rule.Category}\n");
        run.Out.ShouldContain(rule.Description);
        foreach (var phrase in rule.Flags.Concat(rule.Accepts).Concat(rule.Evidence.Select(u => u.AbsoluteUri)))
        {
            run.Out.ShouldContain($"  - {phrase}\n");
        }

        run.Out.IndexOf("\nFlags\n", StringComparison.Ordinal).ShouldBeLessThan(run.Out.IndexOf("\nAccepts\n", StringComparison.Ordinal));
    }

    [Test]
    public void Explain_knows_engine_diagnostics_too()
    {
        var run = Cli.Run("explain", "CON0005");

        run.ExitCode.ShouldBe(ExitCodes.Clean);
        run.Out.ShouldContain("A suppression matches nothing");
    }

    [Test]
    public void Explain_of_an_unknown_id_exits_2_naming_it()
    {
        var run = Cli.Run("explain", "ZAP999");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput);
        run.Error.ShouldContain("unknown rule ID 'ZAP999'");
    }
}
