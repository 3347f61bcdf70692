namespace Consistency.Cli.Tests;

/// <summary>
/// Globs as an attacker or a tired user types them: a broken one is a usage error naming it (exit 2,
/// no stack trace), a file whose name holds glob characters can still be named, and the shell's
/// negation and nested alternatives mean what they mean in the shell.
/// </summary>
public sealed class GlobSyntaxTests
{
    [TestCase("seeds/{000*", "'{' is never closed")]
    [TestCase("seeds/000*}", "'}' closes no '{'")]
    [TestCase("seeds/[z-a]*", "the range 'z-a' is in reverse order")]
    [TestCase("seeds/{a,{b}", "'{' is never closed")]
    public void A_broken_glob_exits_2_naming_it_and_the_problem(string glob, string problem)
    {
        var run = Cli.Run("check", glob);

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Error.ShouldContain($"'{glob}' is not a valid glob: {problem}");
        run.Error.ShouldNotContain(" at ");
        run.Out.ShouldBeEmpty();
    }

    [TestCase("report [draft].txt")]
    [TestCase("notes {v2}.txt")]
    [TestCase("what?.txt")]
    public void A_file_named_with_glob_characters_is_checked_when_named_exactly(string name)
    {
        using var desk = new Desk();
        desk.AddSeed(name);
        desk.AddSeed("report d.txt"); // what '[draft]' would match as a class

        var run = desk.Check(name);

        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound, run.ToString());
        run.Out.ShouldContain($"{name}(");
        run.Out.ShouldContain("1 article checked");
    }

    [TestCase("a[!0].txt", "a1.txt")]
    [TestCase("a[^0].txt", "a1.txt")]
    [TestCase("a[!1-9].txt", "a0.txt")]
    public void An_exclamation_mark_or_caret_negates_a_class(string glob, string only)
    {
        using var desk = new Desk();
        desk.AddSeed("a0.txt");
        desk.AddSeed("a1.txt");

        var run = desk.Check(glob);

        run.Out.ShouldContain($"{only}(");
        run.Out.ShouldContain("1 article checked", Case.Sensitive, run.ToString());
    }

    [Test]
    public void Braces_nest()
    {
        using var desk = new Desk();
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt", "d.txt" })
        {
            desk.AddSeed(name);
        }

        var run = desk.Check("{a,{b,c}}.txt");

        run.Out.ShouldContain("3 articles checked", Case.Sensitive, run.ToString());
        run.Out.ShouldNotContain("d.txt");
    }

    [Test]
    public void A_comma_outside_braces_is_part_of_the_name()
    {
        using var desk = new Desk();
        desk.AddSeed("a,b.txt");
        desk.AddSeed("b.txt");

        desk.Check("a,*.txt").Out.ShouldContain("1 article checked");
    }
}
