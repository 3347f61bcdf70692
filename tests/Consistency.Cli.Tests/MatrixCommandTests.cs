using System.Text.Json;
using Consistency.Testing;

namespace Consistency.Cli.Tests;

/// <summary><c>consistency matrix</c>: the claims matrix of the articles given, in each format, with check's path rules and exit codes.</summary>
public sealed class MatrixCommandTests
{
    [Test]
    public void Text_matrix_of_the_seeds_shows_the_troop_figures_and_the_finding_across_sources()
    {
        var run = Cli.Run("matrix", "seeds");

        run.ExitCode.ShouldBe(ExitCodes.Clean, run.ToString());
        run.Out.ShouldContain("Zapad-2025 troops\n");
        run.Out.ShouldContain("seeds/001_e6df2ccea9e7cfa0.txt  contradicts  7,000 (stated as fact, line 11)");
        run.Out.ShouldContain("30,000 (Lithuania, line 8)");
        run.Out.ShouldContain("seeds/001_e6df2ccea9e7cfa0.txt(11,21): warning ZAP100: ");
        run.Out.ShouldContain("    related: seeds/004_3594dc20ff9647bd.txt(8,131): \"30,000\", attributed to Lithuania\n");
    }

    [Test]
    public void Json_matrix_parses_and_holds_every_article_and_the_related_location()
    {
        var run = Cli.Run("matrix", "seeds", "--format", "json");

        run.ExitCode.ShouldBe(ExitCodes.Clean, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("articles").GetArrayLength().ShouldBe(5);
        json.RootElement.GetProperty("facts").EnumerateArray().Select(f => f.GetString()).ShouldBe(["Observer countries at Borisovsky", "Zapad-2025 troops"]);
        var finding = json.RootElement.GetProperty("findings")[0];
        finding.GetProperty("ruleId").GetString().ShouldBe("ZAP100");
        finding.GetProperty("relatedLocations")[0].GetProperty("path").GetString().ShouldBe("seeds/004_3594dc20ff9647bd.txt");
    }

    [Test]
    public void Markdown_matrix_is_what_the_corpus_snapshot_holds()
    {
        var run = Cli.Run("matrix", "seeds", "--format", "markdown");

        run.ExitCode.ShouldBe(ExitCodes.Clean, run.ToString());
        run.Out.TrimEnd('\n').ShouldBe(File.ReadAllText(Path.Combine(RepositoryPaths.Snapshots, "corpus.verified.md")).ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Test]
    public void A_glob_selects_articles_as_check_does_and_a_missing_path_is_exit_2()
    {
        var glob = Cli.Run("matrix", "seeds/00[14]*.txt");
        glob.ExitCode.ShouldBe(ExitCodes.Clean, glob.ToString());
        glob.Out.ShouldStartWith("Claims matrix: 2 facts across 2 articles; 1 quote across sources; 1 finding across sources\n\n");

        var missing = Cli.Run("matrix", "no-such-folder");
        missing.ExitCode.ShouldBe(ExitCodes.UsageOrInput);
        missing.Error.ShouldContain("no-such-folder");
    }

    [Test]
    public void Output_option_writes_the_matrix_to_a_file()
    {
        using var desk = new Desk();
        var file = Path.Combine(desk.Root, "matrix.md");

        var run = Cli.Run("matrix", "seeds", "--format", "markdown", "--output", file);

        run.ExitCode.ShouldBe(ExitCodes.Clean, run.ToString());
        run.Out.ShouldBeEmpty();
        File.ReadAllText(file).ShouldBe(Cli.Run("matrix", "seeds", "--format", "markdown").Out);
    }

    [Test]
    public void Check_reports_the_corpus_finding_with_related_locations_in_sarif()
    {
        var run = Cli.Run("check", "seeds", "--format", "sarif");

        using var sarif = JsonDocument.Parse(run.Out);
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "ZAP100");
        // A warning (a figure that disagrees with the other sources) naming who counted what, and where.
        result.GetProperty("level").GetString().ShouldBe("warning");
        result.GetProperty("message").GetProperty("text").GetString()!.ShouldContain("\"7,000\" is stated as fact, but other sources attribute other figures: Lithuania 30,000 (004_3594dc20ff9647bd.txt line 8)");
        var related = result.GetProperty("relatedLocations")[0];
        related.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("seeds/004_3594dc20ff9647bd.txt");
        related.GetProperty("message").GetProperty("text").GetString().ShouldBe("\"30,000\", attributed to Lithuania");
    }

    [Test]
    public void Khrenins_renderings_in_seeds_001_002_003_are_listed_with_their_word_diffs()
    {
        var run = Cli.Run("matrix", "seeds");

        run.ExitCode.ShouldBe(ExitCodes.Clean, run.ToString());
        run.Out.ShouldContain("Quote: Khrenin to the US officers, 15 September 2025 (2 wordings in 3 articles)\n");
        run.Out.ShouldContain("  1. \u201CWe will show you whatever you are interested in. You can go, look around, talk to people\u201D\n     reference\n"
            + "     seeds/001_e6df2ccea9e7cfa0.txt(17,378)\n     seeds/003_9cf80ffd5f106a07.txt(9,131)\n");
        run.Out.ShouldContain("  2. \u201Csee whatever you want\u201D\n     diff against 1: [-we will show you-] {+see+} whatever you [-are interested in you can go look around talk to people-] {+want+}\n"
            + "     seeds/002_52c2d5569bb28d24.txt(4,104)\n");
    }

    [Test]
    public void Json_matrix_lists_each_quote_wording_with_its_diff_and_places()
    {
        var run = Cli.Run("matrix", "seeds", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        var quote = json.RootElement.GetProperty("quotes").EnumerateArray().Single();
        quote.GetProperty("articles").GetInt32().ShouldBe(3);
        var wordings = quote.GetProperty("wordings").EnumerateArray().ToList();
        wordings[0].GetProperty("diff").ValueKind.ShouldBe(JsonValueKind.Null);
        wordings[0].GetProperty("places").EnumerateArray().Select(p => p.GetProperty("path").GetString()).ShouldBe(["seeds/001_e6df2ccea9e7cfa0.txt", "seeds/003_9cf80ffd5f106a07.txt"]);
        wordings[1].GetProperty("diff").GetString()!.ShouldContain("{+want+}");
        wordings[1].GetProperty("places")[0].GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(4);
    }

    [Test]
    public void A_value_every_other_article_agrees_with_but_none_words_alike_is_a_variant()
    {
        using var desk = new Desk();
        desk.Write("a.txt", "Zapad-2025 drills involved about 45,000 troops.\n");
        desk.Write("b.txt", "Zapad-2025 drills involved 46,000 troops.\n");
        desk.Write("c.txt", "Zapad-2025 drills involved 46,000 troops.\n");

        var run = Cli.RunIn(desk.Root, "matrix", ".");

        run.ExitCode.ShouldBe(ExitCodes.Clean, run.ToString());
        run.Out.ShouldContain("a.txt  variant      45,000 (stated as fact, line 1)");
        run.Out.ShouldContain("b.txt  agrees       46,000 (stated as fact, line 1)");
    }

    [Test]
    public void Two_articles_stating_different_values_are_each_warned_with_the_other_as_related_location_in_every_format()
    {
        using var desk = new Desk();
        desk.Write("a.txt", "Zapad-2025 drills involved 45,000 troops.\n");
        desk.Write("b.txt", "Zapad-2025 drills involved 60,000 troops.\n");

        var text = Cli.RunIn(desk.Root, "check", ".");
        text.Out.ShouldContain("a.txt(1,28): warning ZAP102: Zapad-2025 troops: this article states \"45,000\" as fact, but other articles state 60,000 (b.txt line 1); check the figure or say who counted\n"
            + "    related: b.txt(1,28): \"60,000\", stated as fact\n");
        text.Out.ShouldContain("b.txt(1,28): warning ZAP102: ");

        using var sarif = JsonDocument.Parse(Cli.RunIn(desk.Root, "check", ".", "--format", "sarif").Out);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == "ZAP102").ToList();
        results.Count.ShouldBe(2);
        results[0].GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("b.txt");

        using var json = JsonDocument.Parse(Cli.RunIn(desk.Root, "check", ".", "--format", "json").Out);
        json.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "ZAP102")
            .GetProperty("relatedLocations")[0].GetProperty("path").GetString().ShouldBe("b.txt");

        Cli.RunIn(desk.Root, "check", ".", "--format", "markdown").Out.ShouldContain("related: `b.txt` line 1, column 28");
        Cli.RunIn(desk.Root, "check", ".", "--format", "github").Out.ShouldContain("::warning file=a.txt,line=1,col=28,endLine=1,endColumn=34,title=ZAP102::Zapad-2025 troops: this article states \"45,000\" as fact, but other articles state 60,000 (b.txt line 1)");
        Cli.RunIn(desk.Root, "check", ".", "--format", "html").Out.ShouldContain("<li>Related: <span class=\"path\">b.txt</span> line 1, column 28: &quot;60,000&quot;, stated as fact</li>");
    }

    [TestCase("text", "matrix.txt")]
    [TestCase("markdown", "matrix.md")]
    [TestCase("json", "matrix.json")]
    public void A_matrix_written_into_the_folder_it_reads_is_replaced_next_time_and_never_read_as_an_article(string format, string name)
    {
        using var desk = new Desk();
        desk.Write("a.txt", "Zapad-2025 drills involved 45,000 troops.\n");
        desk.Write("b.txt", "Zapad-2025 drills involved 60,000 troops.\n");

        var first = Cli.RunIn(desk.Root, "matrix", ".", "--format", format, "--output", name);
        var second = Cli.RunIn(desk.Root, "matrix", ".", "--format", format, "--output", name);

        first.ExitCode.ShouldBe(ExitCodes.Clean, first.ToString());
        second.ExitCode.ShouldBe(ExitCodes.Clean, second.ToString());
        var written = File.ReadAllText(Path.Combine(desk.Root, name));
        written.ShouldNotContain(name);
        written.ShouldContain(format == "json" ? "\"articles\": [\n    \"a.txt\",\n    \"b.txt\"\n  ]" : "2 articles");
    }
}
