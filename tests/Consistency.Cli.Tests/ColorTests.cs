namespace Consistency.Cli.Tests;

/// <summary>Severity words are coloured only in the text format, on a terminal, without --no-color.</summary>
public sealed class ColorTests
{
    private const string Escape = "\u001b[";

    [Test]
    public void Text_on_a_colour_terminal_paints_severities()
    {
        var run = Cli.RunWith(h => h with { OutSupportsColor = true }, "check", "seeds");

        run.Out.ShouldContain($"{Escape}1;31merror{Escape}0m ZAP002");
        run.Out.ShouldContain($"{Escape}1;33mwarning{Escape}0m ZAP003");
    }

    [TestCase("check", "seeds", "--no-color")]
    [TestCase("check", "seeds", "--format", "json")]
    [TestCase("check", "seeds", "--format", "github")]
    public void No_colour_with_no_color_option_or_a_machine_format(params string[] args)
    {
        Cli.RunWith(h => h with { OutSupportsColor = true }, args).Out.ShouldNotContain(Escape);
    }

    [Test]
    public void No_colour_in_a_report_file()
    {
        using var desk = new Desk();
        var file = Path.Combine(desk.Root, "report.txt");

        Cli.RunWith(h => h with { OutSupportsColor = true }, "check", "seeds", "--output", file);

        File.ReadAllText(file).ShouldNotContain(Escape);
    }
}
