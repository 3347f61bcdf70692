using Consistency.Testing;

namespace Consistency.Cli.Tests;

/// <summary>
/// The SARIF the command line writes passes Microsoft's SARIF validator (npm package
/// @microsoft/sarif-multitool, its validate verb) with no error or warning, under the specification's
/// rules and GitHub code scanning's (<c>--rule-kind "Sarif;Gh;Ghas"</c>). scripts/validate-sarif.sh installs
/// the validator into a cache folder outside the repository on first use. Skipped, and saying so,
/// only where node or npm is missing.
/// </summary>
[NonParallelizable]
public sealed class SarifValidationTests
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "scripts", "validate-sarif.sh");

    [OneTimeSetUp]
    public void RequireNode()
    {
        if (!OnPath("node") || !OnPath("npm"))
        {
            Assert.Ignore("node and npm are needed to install and run @microsoft/sarif-multitool; install them to validate SARIF");
        }
    }

    [Test]
    public void Check_seeds_sarif_passes_the_validator()
    {
        using var desk = new Desk();
        var sarif = Path.Combine(desk.Root, "seeds.sarif");
        Cli.Run("check", "seeds", "--format", "sarif", "--output", sarif).ExitCode.ShouldBe(ExitCodes.ErrorsFound);

        var (exit, output) = Validate(sarif);

        output.ShouldContain("seeds.sarif: 0 problem(s)");
        exit.ShouldBe(0, output);
    }

    [Test]
    public void Sarif_with_suppressions_and_configuration_findings_passes_the_validator()
    {
        using var desk = new Desk();
        desk.AddSeed("news/a b.txt");
        desk.Write(Suppressions.FileName, Suppressions.File(
            Suppressions.Entry("news/a b.txt", "ZAP002", "2022", "Reviewed: quoted release"),
            Suppressions.Entry("news/a b.txt", "ZAP003", "2022", null),
            Suppressions.Entry("news/a b.txt", "ZAP004", "23", "stale on purpose")));
        var sarif = Path.Combine(desk.Root, "desk.sarif");
        desk.Check(".", "--format", "sarif", "--output", sarif).Error.ShouldBeEmpty();
        File.ReadAllText(sarif).ShouldContain("\"kind\": \"external\"");

        var (exit, output) = Validate(sarif);

        output.ShouldContain("desk.sarif: 0 problem(s)");
        exit.ShouldBe(0, output);
    }

    [Test]
    public void Sarif_of_articles_outside_the_working_folder_passes_the_validator_with_relative_uris()
    {
        using var desk = new Desk();
        var working = Path.Combine(desk.Root, "work");
        Directory.CreateDirectory(working);
        desk.AddSeed("elsewhere/x.txt");
        var sarif = Path.Combine(desk.Root, "outside.sarif");
        Cli.RunIn(working, "check", "../elsewhere", "--format", "sarif", "--output", sarif).ExitCode.ShouldBe(ExitCodes.ErrorsFound);
        var log = File.ReadAllText(sarif);
        log.ShouldContain("\"uri\": \"../elsewhere/x.txt\"");
        log.ShouldNotContain(desk.Root);

        var (exit, output) = Validate(sarif);

        output.ShouldContain("outside.sarif: 0 problem(s)");
        exit.ShouldBe(0, output);
    }

    [Test]
    public void Validation_fails_on_a_rule_without_the_help_GitHub_requires()
    {
        using var desk = new Desk();
        var sarif = desk.Write("nohelp.sarif", """
            { "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "consistency", "informationUri": "https://example.org/",
              "rules": [ { "id": "ZAP002", "name": "EditionBefore", "shortDescription": { "text": "t" }, "fullDescription": { "text": "d" } } ] } },
              "results": [] } ] }
            """);

        var (exit, output) = Validate(sarif);

        exit.ShouldNotBe(0);
        output.ShouldContain("GH2012");
    }

    [Test]
    public void Validation_fails_on_a_file_that_breaks_the_schema()
    {
        using var desk = new Desk();
        var broken = desk.Write("broken.sarif", "{ \"version\": \"2.1.0\", \"runs\": [ { \"tool\": { \"driver\": { } }, \"results\": [ { \"ruleId\": 5 } ] } ] }");

        var (exit, output) = Validate(broken);

        exit.ShouldNotBe(0);
        output.ShouldContain("JSON1002");
        output.ShouldContain("broken.sarif: 3 problem(s)");
    }

    private static (int Exit, string Output) Validate(string file)
    {
        var run = ExternalProcess.Run("bash", [Script, file]);
        return (run.ExitCode, run.Out + run.Error);
    }

    private static bool OnPath(string command) => ExternalProcess.Run("bash", ["-c", $"command -v {command}"]).ExitCode == 0;
}
