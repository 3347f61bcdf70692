namespace Consistency.Cli.Tests;

/// <summary>Mistakes on the command line are usage errors (exit 2) whose message says what was wrong.</summary>
public sealed class UsageMistakeTests
{
    [TestCase("")]
    [TestCase(",,")]
    [TestCase("ZAP002,,ZAP003")]
    public void Rules_with_an_empty_id_is_a_usage_error(string rules)
    {
        var run = Cli.Run("check", "seeds", "--rules", rules);

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Error.ShouldContain("--rules has an empty rule ID");
        run.Out.ShouldBeEmpty();
    }

    [Test]
    public void An_engine_id_in_rules_is_explained_as_not_choosable()
    {
        var run = Cli.Run("check", "seeds", "--rules", "con0001");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput);
        run.Error.ShouldContain("'CON0001' in --rules is an engine diagnostic, not a rule: engine diagnostics always run and cannot be chosen");
    }

    [Test]
    public void An_unknown_rule_id_is_named()
    {
        var run = Cli.Run("check", "seeds", "--rules", "ZAP999");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput);
        run.Error.ShouldContain("unknown rule ID 'ZAP999' in --rules");
    }

    [TestCase("--bogus")]
    [TestCase("-x")]
    public void An_unknown_option_is_called_one(string option)
    {
        var run = Cli.Run("check", "seeds", option);

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput);
        run.Error.ShouldContain($"unknown option '{option}'");
        run.Error.ShouldNotContain("no such file");
    }

    [Test]
    public void A_file_named_like_an_option_is_still_an_article()
    {
        using var desk = new Desk();
        desk.AddSeed("-x.txt");

        var run = desk.Check("-x.txt");

        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound, run.ToString());
        run.Out.ShouldContain("-x.txt(7,121): error ZAP002");
    }

    [TestCase(false, null, "xterm-256color", true)]
    [TestCase(true, null, "xterm-256color", false)]
    [TestCase(false, "1", "xterm-256color", false)]
    [TestCase(false, "", "xterm", true)]
    [TestCase(false, null, "dumb", false)]
    [TestCase(false, null, null, true)]
    public void Colour_needs_a_terminal_no_NO_COLOR_and_a_TERM_that_is_not_dumb(bool redirected, string? noColor, string? term, bool expected)
    {
        CliHost.ColorWanted(redirected, noColor, term).ShouldBe(expected);
    }
}
