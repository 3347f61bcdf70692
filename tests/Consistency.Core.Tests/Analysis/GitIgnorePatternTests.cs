using Consistency.Analysis.Ignore;

namespace Consistency.Core.Tests.Analysis;

/// <summary>The .gitignore pattern language, line by line, as gitignore(5) describes it.</summary>
public sealed class GitIgnorePatternTests
{
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("# drafts/")]
    [TestCase("/")]
    [TestCase("ends-in-a-backslash\\")]
    public void Blank_comment_and_impossible_lines_are_no_pattern(string line) =>
        GitIgnorePattern.Parse(line).ShouldBeNull();

    [TestCase("drafts", "drafts", true, true)]
    [TestCase("drafts", "news/drafts", true, true)]
    [TestCase("drafts", "news/drafts", false, true)]
    [TestCase("drafts", "drafts.txt", false, false)]
    [TestCase("*.md", "a.md", false, true)]
    [TestCase("*.md", "news/deep/a.md", false, true)]
    [TestCase("*.md", "a.txt", false, false)]
    [TestCase("draft?.txt", "draft1.txt", false, true)]
    [TestCase("draft?.txt", "draft12.txt", false, false)]
    public void A_pattern_without_a_slash_matches_a_name_at_any_depth(string pattern, string path, bool isFolder, bool expected) =>
        Matches(pattern, path, isFolder).ShouldBe(expected);

    [TestCase("drafts/", "drafts", true, true)]
    [TestCase("drafts/", "news/drafts", true, true)]
    [TestCase("drafts/", "drafts", false, false)]
    [TestCase("news/drafts/", "news/drafts", true, true)]
    [TestCase("news/drafts/", "news/drafts", false, false)]
    public void A_trailing_slash_matches_folders_only(string pattern, string path, bool isFolder, bool expected) =>
        Matches(pattern, path, isFolder).ShouldBe(expected);

    [TestCase("/todo.txt", "todo.txt", true)]
    [TestCase("/todo.txt", "news/todo.txt", false)]
    [TestCase("news/*.txt", "news/a.txt", true)]
    [TestCase("news/*.txt", "news/deep/a.txt", false)]
    [TestCase("news/*.txt", "other/news/a.txt", false)]
    [TestCase("*/a.txt", "news/a.txt", true)]
    [TestCase("*/a.txt", "a.txt", false)]
    public void A_slash_at_the_start_or_in_the_middle_anchors_the_pattern_to_its_folder(string pattern, string path, bool expected) =>
        Matches(pattern, path, isFolder: false).ShouldBe(expected);

    [TestCase("**/drafts", "drafts", true)]
    [TestCase("**/drafts", "a/b/drafts", true)]
    [TestCase("**/drafts", "a/b/drafts2", false)]
    [TestCase("news/**", "news/a.txt", true)]
    [TestCase("news/**", "news/x/y/a.txt", true)]
    [TestCase("news/**", "news", false)]
    [TestCase("a/**/b.txt", "a/b.txt", true)]
    [TestCase("a/**/b.txt", "a/x/y/b.txt", true)]
    [TestCase("a/**/b.txt", "ab.txt", false)]
    [TestCase("a**b.txt", "axxb.txt", true)]
    [TestCase("a**b.txt", "ax/xb.txt", false)]
    public void Double_stars_span_folders_only_as_a_whole_name(string pattern, string path, bool expected) =>
        Matches(pattern, path, isFolder: false).ShouldBe(expected);

    [TestCase("draft[0-9].txt", "draft7.txt", true)]
    [TestCase("draft[0-9].txt", "draftx.txt", false)]
    [TestCase("draft[!0-9].txt", "draftx.txt", true)]
    [TestCase("draft[^0-9].txt", "draft7.txt", false)]
    [TestCase("draft[abc].txt", "draftb.txt", true)]
    [TestCase("a[/]b", "a/b", false)]
    [TestCase("a[!x]b", "a/b", false)]
    [TestCase("[draft.txt", "[draft.txt", true)]
    public void Brackets_are_character_classes_that_never_match_a_slash(string pattern, string path, bool expected) =>
        Matches(pattern, path, isFolder: false).ShouldBe(expected);

    [TestCase("\\#notes.txt", "#notes.txt", true)]
    [TestCase("\\!important.txt", "!important.txt", true)]
    [TestCase("\\*.txt", "*.txt", true)]
    [TestCase("\\*.txt", "a.txt", false)]
    [TestCase("a.txt   ", "a.txt", true)]
    [TestCase("a.txt\\ ", "a.txt ", true)]
    [TestCase("a.txt\r", "a.txt", true)]
    [TestCase("a+b(1).txt", "a+b(1).txt", true)]
    public void Backslash_escapes_and_trailing_spaces_follow_git(string pattern, string path, bool expected) =>
        Matches(pattern, path, isFolder: false).ShouldBe(expected);

    [Test]
    public void Matching_is_case_sensitive() => Matches("Drafts.txt", "drafts.txt", isFolder: false).ShouldBeFalse();

    [Test]
    public void An_exclamation_mark_negates()
    {
        var pattern = GitIgnorePattern.Parse("!keep.txt").ShouldNotBeNull();
        pattern.Negated.ShouldBeTrue();
        pattern.Matches("news/keep.txt", isFolder: false).ShouldBeTrue();
    }

    private static bool Matches(string pattern, string path, bool isFolder) =>
        GitIgnorePattern.Parse(pattern).ShouldNotBeNull().Matches(path, isFolder);
}
