namespace Consistency.Cli.Tests;

/// <summary>Files, folders and quoted globs name the articles to check; a glob matching nothing is a usage error.</summary>
public sealed class PathAndGlobTests
{
    [TestCase("seeds/00[01]*.txt", 2)]
    [TestCase("seeds/*.txt", 5)]
    [TestCase("seeds/**/*.txt", 5)]
    [TestCase("seeds/?0?_*", 5)]
    public void Glob_selects_the_matching_articles(string glob, int articles)
    {
        var run = Cli.Run("check", glob);

        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain($"{articles} articles checked");
    }

    /// <remarks>In a desk of its own: from the repository's root a leading ** also finds samples/Desk/seeds.</remarks>
    [Test]
    public void Glob_with_a_leading_double_star_and_braces_searches_every_folder()
    {
        using var desk = new Desk();
        desk.AddSeed("000_a.txt");
        desk.AddSeed("x/y/004_b.txt");
        desk.AddSeed("x/001_c.txt");

        var run = desk.Check("**/00{0,4}_*.txt");

        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("2 articles checked");
    }

    [Test]
    public void Glob_that_matches_no_article_exits_2()
    {
        var run = Cli.Run("check", "seeds/*.docx");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput);
        run.Error.ShouldContain("seeds/*.docx");
    }

    [Test]
    public void Glob_does_not_cross_folders_with_a_single_star()
    {
        using var desk = new Desk();
        desk.AddSeed("a/one.txt");
        desk.AddSeed("a/b/two.md");

        desk.Check("a/*").Out.ShouldEndWith("1 article checked: 2 discrepancies (1 error, 1 warning)\n");
        desk.Check("a/**").Out.ShouldContain("2 articles checked");
    }

    [Test]
    public void Article_named_twice_is_checked_once()
    {
        Cli.Run("check", "seeds", "seeds/000_e106634ba0f122fa.txt", "seeds/*.txt").Out.ShouldContain("5 articles checked");
    }
}
