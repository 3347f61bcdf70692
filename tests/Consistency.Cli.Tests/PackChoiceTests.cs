using Consistency.Testing;

namespace Consistency.Cli.Tests;

/// <summary>
/// Each article is checked by its own story's pack: the pack its .editorconfig names, <c>--pack</c>
/// over that, <c>CONSISTENCY_PACK</c> for what nothing claims, and CON0008 for an article nobody claims.
/// </summary>
public sealed class PackChoiceTests
{
    private const string DroneArticle = "planted-01-wire-wrong-counts.txt";

    [Test]
    public void The_build_carries_both_packs_found_at_build_time_with_unique_rule_ids()
    {
        Packs.All.Select(p => p.Key).ShouldBe(["DroneIncursion2025", "Zapad2025"], ignoreOrder: true);
        Packs.All.SelectMany(p => p.Rules).Select(r => r.Descriptor.Id).ShouldBeUnique();
    }

    [Test]
    public void Packs_lists_each_pack_with_its_rule_count_and_the_sections_that_claim_it()
    {
        var run = Cli.RunWith(h => h with { DefaultPack = null }, "packs");

        run.ExitCode.ShouldBe(0, run.ToString());
        var lines = run.Out.Split('\n');
        lines[0].ShouldBe("PACK                RULES  CLAIMED BY");
        var drones = Packs.Named("DroneIncursion2025")!.Rules.Count;
        lines.ShouldContain($"DroneIncursion2025  {drones,5}  tests/drones/.editorconfig [*.{{txt,md}}]");
        lines.ShouldContain(l => l.StartsWith("Zapad2025 ", StringComparison.Ordinal) && l.EndsWith(".editorconfig [seeds/**]", StringComparison.Ordinal));
        run.Out.ShouldNotContain("CONSISTENCY_PACK");
    }

    [Test]
    public void A_folder_holding_both_stories_reports_each_article_against_its_own_pack_only()
    {
        using var desk = new Desk();
        desk.Write(".editorconfig", "root = true\n\n[zapad/**]\nconsistency_pack = Zapad2025\n\n[drones/**]\nconsistency_pack = DroneIncursion2025\n");
        desk.AddSeed("zapad/seed.txt");
        desk.Write("drones/wire.txt", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "drones", DroneArticle)));

        var run = Cli.RunIn(desk.Root, "check", ".");

        run.ExitCode.ShouldBe(1, run.ToString());
        var findings = run.Out.Split('\n').Where(l => l.Contains("): ", StringComparison.Ordinal)).ToList();
        findings.Where(l => l.StartsWith("zapad/", StringComparison.Ordinal)).ShouldAllBe(l => l.Contains(" ZAP"));
        findings.Where(l => l.StartsWith("drones/", StringComparison.Ordinal)).ShouldAllBe(l => l.Contains(" DRN"));
        findings.ShouldContain(l => l.StartsWith("zapad/seed.txt(7,121): error ZAP002", StringComparison.Ordinal));
        findings.ShouldContain(l => l.StartsWith("drones/wire.txt(3,73): error DRN002", StringComparison.Ordinal));
    }

    [Test]
    public void Pack_overrides_the_configured_pack_for_every_article()
    {
        var run = Cli.Run("check", "seeds", "--pack", "DroneIncursion2025");

        run.Out.ShouldNotContain(" ZAP");
        run.Out.ShouldContain("seeds/003_9cf80ffd5f106a07.txt(15,62): error DRN001:");
        Cli.Run("check", "tests/drones", "--pack", "zapad-2025").Out.ShouldNotContain(" DRN");
    }

    [Test]
    public void Matrix_takes_pack_too()
    {
        var mine = Cli.Run("matrix", "seeds");
        var other = Cli.Run("matrix", "seeds", "--pack", "DroneIncursion2025");

        mine.ExitCode.ShouldBe(0, mine.ToString());
        mine.Out.ShouldContain("Zapad-2025 troops");
        other.ExitCode.ShouldBe(0, other.ToString());
        other.Out.ShouldNotContain("Zapad-2025 troops");
    }

    [Test]
    public void An_article_no_pack_claims_is_CON0008_with_exit_2_and_the_others_are_checked()
    {
        using var desk = new Desk();
        desk.Write(".editorconfig", "root = true\n\n[claimed/**]\nconsistency_pack = Zapad2025\n");
        desk.AddSeed("claimed/a.txt");
        desk.AddSeed("loose/b.txt");

        var run = Cli.RunWith(h => h with { WorkingDirectory = desk.Root, DefaultPack = null }, "check", ".");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Out.ShouldContain("loose/b.txt(1,1): error CON0008: Not checked: no rule pack claims this article;");
        run.Out.ShouldContain("claimed/a.txt(7,121): error ZAP002");
        run.Out.ShouldNotContain("loose/b.txt(7");
    }

    [Test]
    public void The_environment_pack_checks_only_what_configuration_leaves_unclaimed()
    {
        using var desk = new Desk();
        desk.Write(".editorconfig", "root = true\n\n[drones/**]\nconsistency_pack = DroneIncursion2025\n");
        desk.AddSeed("loose/b.txt");
        desk.AddSeed("drones/c.txt");

        var run = Cli.RunWith(h => h with { WorkingDirectory = desk.Root, DefaultPack = "Zapad2025" }, "check", ".");

        run.Out.ShouldContain("loose/b.txt(7,121): error ZAP002");
        run.Out.ShouldNotContain("drones/c.txt(7,121): error ZAP002");
    }

    [Test]
    public void A_configured_name_no_pack_has_is_CON0008_naming_it()
    {
        using var desk = new Desk();
        desk.Write(".editorconfig", "root = true\n\n[*.txt]\nconsistency_pack = Zapad2024\n");
        desk.AddSeed("a.txt");

        var run = Cli.RunWith(h => h with { WorkingDirectory = desk.Root }, "check", ".");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Out.ShouldContain("a.txt(1,1): error CON0008: Not checked: 'Zapad2024' is not a rule pack of this build (packs: DroneIncursion2025, Zapad2025)");
    }

    [TestCase("check")]
    [TestCase("matrix")]
    public void An_unknown_pack_is_a_usage_error(string verb)
    {
        var run = Cli.Run(verb, "seeds", "--pack", "Nope");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("unknown pack 'Nope' in --pack; the packs are DroneIncursion2025, Zapad2025");
        run.Out.ShouldBeEmpty();
    }

    [Test]
    public void An_unknown_environment_pack_is_a_usage_error()
    {
        var run = Cli.RunWith(h => h with { DefaultPack = "Nope" }, "check", "seeds");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("unknown pack 'Nope' in the CONSISTENCY_PACK environment variable");
    }
}
