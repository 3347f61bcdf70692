namespace Consistency.Cli.Tests;

/// <summary>0: no error-severity finding; 1: errors found; 2: bad usage, unreadable input or broken configuration.</summary>
public sealed class ExitCodeTests
{
    [Test]
    public void Article_without_errors_exits_0()
    {
        var run = Cli.Run("check", "tests/corpus/correct-01-us-officers-borisov.txt");

        run.ExitCode.ShouldBe(ExitCodes.Clean, run.ToString());
        run.Out.ShouldEndWith("1 article checked: no discrepancies\n");
    }

    [Test]
    public void Article_with_an_error_exits_1()
    {
        Cli.Run("check", "seeds").ExitCode.ShouldBe(ExitCodes.ErrorsFound);
    }

    [Test]
    public void Rules_option_that_leaves_out_the_erring_rule_exits_0()
    {
        var run = Cli.Run("check", "seeds", "--rules", "ZAP003");

        run.ExitCode.ShouldBe(ExitCodes.Clean, run.ToString());
        run.Out.ShouldContain("warning ZAP003");
        run.Out.ShouldNotContain("ZAP002");
    }

    [Test]
    public void Rules_option_takes_several_ids_comma_separated()
    {
        var run = Cli.Run("check", "seeds", "--rules", "zap002,ZAP003");

        run.Out.ShouldContain("error ZAP002");
        run.Out.ShouldContain("warning ZAP003");
    }

    [Test]
    public void Min_severity_error_leaves_out_warnings()
    {
        var run = Cli.Run("check", "seeds", "--min-severity", "error");

        run.Out.ShouldContain("error ZAP002");
        run.Out.ShouldNotContain("ZAP003");
        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound);
    }

    [TestCase("check", "no-such-folder")]
    [TestCase("check", "seeds", "--format", "xml")]
    [TestCase("check", "seeds", "--min-severity", "fatal")]
    [TestCase("check", "seeds", "--rules", "ZAP999")]
    [TestCase("check", "seeds", "--rules", "ZAP002,CON0004")]
    [TestCase("check")]
    [TestCase("explain", "ZAP999")]
    [TestCase("frobnicate")]
    public void Bad_usage_exits_2_with_a_message(params string[] args)
    {
        var run = Cli.Run(args);

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Error.ShouldStartWith("consistency: ");
        run.Out.ShouldBeEmpty();
    }

    [Test]
    public void Missing_path_is_named_in_the_message()
    {
        Cli.Run("check", "seeds", "nowhere/else.txt").Error.ShouldContain("nowhere/else.txt");
    }

    [Test]
    public void Article_that_is_not_text_exits_2_and_is_reported()
    {
        using var desk = new Desk();
        File.WriteAllBytes(Path.Combine(desk.Root, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]);
        desk.AddSeed("good.txt", "001_e6df2ccea9e7cfa0.txt");

        var run = desk.Check(".");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Out.ShouldContain("binary.txt(1,1): error CON0003");
        run.Out.ShouldContain("2 articles checked");
    }

    [Test]
    public void Unwritable_output_file_exits_2_naming_it()
    {
        using var desk = new Desk();
        var run = Cli.Run("check", "seeds", "--output", Path.Combine(desk.Root, "no-such-folder", "report.txt"));

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput);
        run.Error.ShouldContain("report.txt");
    }

    [Test]
    public void Help_exits_0_and_lists_every_option()
    {
        var run = Cli.Run("check", "--help");

        run.ExitCode.ShouldBe(ExitCodes.Clean);
        foreach (var option in new[] { "--format", "--output", "--min-severity", "--rules", "--no-color", "--config" })
        {
            run.Out.ShouldContain(option);
        }
    }
}
