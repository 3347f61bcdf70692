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
        run.Out.ShouldContain("seeds/001_e6df2ccea9e7cfa0.txt(11,21): info ZAP100: ");
        run.Out.ShouldContain("    related: seeds/004_3594dc20ff9647bd.txt(8,131): \"30,000\", attributed to Lithuania\n");
    }

    [Test]
    public void Json_matrix_parses_and_holds_every_article_and_the_related_location()
    {
        var run = Cli.Run("matrix", "seeds", "--format", "json");

        run.ExitCode.ShouldBe(ExitCodes.Clean, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("articles").GetArrayLength().ShouldBe(5);
        json.RootElement.GetProperty("facts")[0].GetString().ShouldBe("Zapad-2025 troops");
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
        glob.Out.ShouldContain("1 fact across 2 articles; 1 finding across sources");

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
        var related = result.GetProperty("relatedLocations")[0];
        related.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("seeds/004_3594dc20ff9647bd.txt");
        related.GetProperty("message").GetProperty("text").GetString().ShouldBe("\"30,000\", attributed to Lithuania");
    }
}
