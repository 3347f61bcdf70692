using System.Text.Json;

namespace Consistency.Cli.Tests;

/// <summary>
/// A finding's fingerprint names it by rule, article, words and occurrence, never by line, so it
/// survives edits above it; columns count UTF-16 code units, as Roslyn and SARIF do.
/// </summary>
public sealed class FindingIdentityTests
{
    private const string Text = "The last Zapad, in 2022, was large.\n\nThe previous Zapad in 2022 drew observers.\n";

    [Test]
    public void Fingerprint_survives_lines_added_above_the_finding_while_its_line_changes()
    {
        using var desk = new Desk();
        desk.Write("a.txt", Text);
        var before = Findings(desk);
        desk.Write("a.txt", "A new headline\n\nAnd a new standfirst.\n\n" + Text);

        var after = Findings(desk);

        after.Select(f => f.Fingerprint).ShouldBe(before.Select(f => f.Fingerprint));
        after.Select(f => f.Line).ShouldBe(before.Select(f => f.Line + 4));
    }

    [Test]
    public void Same_words_twice_get_different_fingerprints()
    {
        using var desk = new Desk();
        desk.Write("a.txt", Text);

        var findings = Findings(desk);

        findings.Count.ShouldBe(2);
        findings[0].Fingerprint.ShouldNotBe(findings[1].Fingerprint);
    }

    [Test]
    public void Fingerprint_changes_with_the_article_path()
    {
        using var desk = new Desk();
        desk.Write("a.txt", Text);
        desk.Write("b.txt", Text);

        var findings = Findings(desk);

        findings.Where(f => f.Path == "a.txt").Select(f => f.Fingerprint)
            .ShouldNotContain(f => findings.Where(g => g.Path == "b.txt").Select(g => g.Fingerprint).Contains(f));
    }

    [Test]
    public void Columns_count_utf16_code_units_after_characters_outside_the_basic_plane()
    {
        using var desk = new Desk();
        desk.Write("a.txt", "🪖🪖 The last Zapad, in 2022, was large.\n");

        var run = desk.Check(".", "--format", "sarif");

        // 24 code units precede "2022" (two emoji are four of them, not two), so it starts at column 25.
        run.Out.ShouldContain("\"startColumn\": 25");
        run.Out.ShouldContain("\"endColumn\": 29");
        desk.Check(".").Out.ShouldContain("a.txt(1,25): error ZAP002");
    }

    private static List<(string Path, int Line, string Fingerprint)> Findings(Desk desk)
    {
        using var json = JsonDocument.Parse(desk.Check(".", "--format", "json").Out);
        return json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("path").GetString()!, f.GetProperty("region").GetProperty("startLine").GetInt32(), f.GetProperty("fingerprint").GetString()!))
            .ToList();
    }
}
