using System.Text.RegularExpressions;
using Consistency.Analysis;
using Consistency.Reporting;

namespace Consistency.Cli.Tests;

/// <summary>
/// A Markdown report stays well formed whatever an article's path holds: a <c>|</c> never adds a table
/// cell, a backtick never ends the code span early, a newline never breaks a row or heading.
/// </summary>
public sealed partial class MarkdownPathTests
{
    [TestCase("pipe|name.txt", "`pipe\\|name.txt`", "`pipe|name.txt`")]
    [TestCase("tick`name.txt", "``tick`name.txt``", "``tick`name.txt``")]
    [TestCase("`lead.txt", "`` `lead.txt ``", "`` `lead.txt ``")]
    [TestCase("two``ticks|.txt", "```two``ticks\\|.txt```", "```two``ticks|.txt```")]
    [TestCase("line\nbreak.txt", "`line\\nbreak.txt`", "`line\\nbreak.txt`")]
    public void A_path_is_one_code_span_in_the_table_and_the_heading(string name, string inTable, string inHeading)
    {
        var text = Report(name);

        var rows = text.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        rows.ShouldHaveSingleItem().ShouldStartWith("| " + inTable + " |");
        CellCount(rows[0]).ShouldBe(5, rows[0]);
        text.ShouldContain("\n#### " + inHeading + "\n");
    }

    private static string Report(string name)
    {
        using var desk = new Desk();
        desk.AddSeed(name);
        var inputs = ArticleDiscovery.Find(["."], desk.Root, out _);
        var result = new Analyzer(Packs.All).Analyze(inputs);
        using var markdown = new StringWriter();
        new MarkdownFormatter().Write(result, markdown);
        return markdown.ToString();
    }

    /// <summary>Cells as GitHub splits a table row: at every '|' not escaped with a backslash, code spans or not.</summary>
    private static int CellCount(string row) => CellSeparator().Count(row.Trim()) - 1;

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();
}
