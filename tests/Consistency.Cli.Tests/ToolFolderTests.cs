namespace Consistency.Cli.Tests;

/// <summary>A folder walk skips build output, version control and package folders and what .gitignore files ignore; naming one still checks it.</summary>
public sealed class ToolFolderTests
{
    [Test]
    public void Check_of_a_folder_skips_bin_obj_git_and_node_modules()
    {
        using var desk = new Desk();
        foreach (var folder in new[] { "bin", "obj", ".git", "node_modules", "news/bin" })
        {
            desk.AddSeed($"{folder}/copy.txt");
        }

        desk.AddSeed("news/a.txt");
        desk.AddSeed("binder/b.txt");

        var run = desk.Check(".");

        run.Out.ShouldContain("news/a.txt(7,121)");
        run.Out.ShouldContain("binder/b.txt(7,121)");
        run.Out.ShouldNotContain("copy.txt");
        run.Out.ShouldContain("2 articles checked");
    }

    [Test]
    public void A_tool_folder_named_on_the_command_line_is_checked()
    {
        using var desk = new Desk();
        desk.AddSeed("bin/copy.txt");

        desk.Check("bin").Out.ShouldContain("bin/copy.txt(7,121)");
    }

    [Test]
    public void Check_of_a_folder_honours_gitignore_files()
    {
        using var desk = new Desk();
        desk.Write(".gitignore", "drafts/\n*.md\n");
        desk.Write("news/.gitignore", "!keep.md\n");
        desk.AddSeed("drafts/d.txt");
        desk.AddSeed("news/notes.md");
        desk.AddSeed("news/keep.md");
        desk.AddSeed("news/a.txt");

        var run = desk.Check(".");

        run.Out.ShouldContain("news/a.txt(7,121)");
        run.Out.ShouldContain("news/keep.md(7,121)");
        run.Out.ShouldNotContain("drafts/d.txt");
        run.Out.ShouldNotContain("notes.md");
        run.Out.ShouldContain("2 articles checked");
        desk.Check("drafts/d.txt").Out.ShouldContain("drafts/d.txt(7,121)");
    }
}
