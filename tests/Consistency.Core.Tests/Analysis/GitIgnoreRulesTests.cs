using Consistency.Analysis;
using Consistency.Analysis.Ignore;

namespace Consistency.Core.Tests.Analysis;

/// <summary>Which .gitignore files apply to a folder walk, and which of them decides.</summary>
public sealed class GitIgnoreRulesTests
{
    private string _root = "";

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_root = Path.Combine(Path.GetTempPath(), "gitignore-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    [Test]
    public void The_last_matching_line_of_a_file_decides()
    {
        Write(".gitignore", "*.txt\n!keep.txt\n");
        var rules = GitIgnoreRules.None.Entering(_root);

        rules.IsIgnored(Full("a.txt"), isFolder: false).ShouldBeTrue();
        rules.IsIgnored(Full("news/keep.txt"), isFolder: false).ShouldBeFalse();
        rules.IsIgnored(Full("a.md"), isFolder: false).ShouldBeFalse();
    }

    [Test]
    public void A_deeper_file_overrides_the_one_above()
    {
        Write(".gitignore", "*.md\n");
        Write("news/.gitignore", "!*.md\nold.txt\n");
        var rules = GitIgnoreRules.None.Entering(_root).Entering(Full("news"));

        rules.IsIgnored(Full("news/a.md"), isFolder: false).ShouldBeFalse();
        rules.IsIgnored(Full("news/old.txt"), isFolder: false).ShouldBeTrue();
        rules.IsIgnored(Full("b.md"), isFolder: false).ShouldBeTrue();
    }

    [Test]
    public void A_nested_files_anchored_pattern_is_relative_to_its_own_folder()
    {
        Write("news/.gitignore", "/draft.txt\n");
        var rules = GitIgnoreRules.None.Entering(_root).Entering(Full("news"));

        rules.IsIgnored(Full("news/draft.txt"), isFolder: false).ShouldBeTrue();
        rules.IsIgnored(Full("draft.txt"), isFolder: false).ShouldBeFalse();
        rules.IsIgnored(Full("news/deep/draft.txt"), isFolder: false).ShouldBeFalse();
    }

    [Test]
    public void The_files_of_the_repository_above_the_walked_folder_apply_and_nothing_above_the_repository()
    {
        Write(".gitignore", "*.md\n");
        Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        Write("repo/.gitignore", "/news/drafts/\n");

        var rules = GitIgnoreRules.Above(Full("repo/news"));

        rules.IsIgnored(Full("repo/news/drafts"), isFolder: true).ShouldBeTrue();
        rules.IsIgnored(Full("repo/news/a.md"), isFolder: false).ShouldBeFalse();
        GitIgnoreRules.Above(Full("repo")).IsIgnored(Full("repo/news/drafts"), isFolder: true).ShouldBeFalse();
    }

    [Test]
    public void Outside_a_repository_only_the_walked_folders_files_apply()
    {
        Write(".gitignore", "*.md\n");
        GitIgnoreRules.Above(Full("news")).IsIgnored(Full("news/a.md"), isFolder: false).ShouldBeFalse();
    }

    [Test]
    public void A_walk_passes_over_ignored_files_and_folders_and_keeps_re_included_ones()
    {
        Write(".gitignore", "# generated\ndrafts/\n*.md\n!README.md\n/top.txt\n");
        Write("news/.gitignore", "old-*.txt\n");
        foreach (var article in new[] { "top.txt", "a.txt", "notes.md", "README.md", "drafts/d.txt", "news/drafts/d.txt", "news/old-1.txt", "news/new.txt", "news/top.txt" })
        {
            Write(article, "Zapad-2025 was held in September.\n");
        }

        var found = ArticleDiscovery.Find(["."], _root, out var problems).Select(a => a.DisplayPath).ToArray();

        problems.ShouldBeEmpty();
        found.ShouldBe(["README.md", "a.txt", "news/new.txt", "news/top.txt"]);
    }

    [Test]
    public void A_file_named_on_the_command_line_is_checked_though_ignored()
    {
        Write(".gitignore", "*.txt\n");
        Write("a.txt", "Zapad-2025 was held in September.\n");

        ArticleDiscovery.Find(["a.txt"], _root, out _).Select(a => a.DisplayPath).ShouldBe(["a.txt"]);
        ArticleDiscovery.Find(["."], _root, out _).ShouldBeEmpty();
    }

    private string Full(string relative) => Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar));

    private void Write(string relative, string text)
    {
        var path = Full(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
