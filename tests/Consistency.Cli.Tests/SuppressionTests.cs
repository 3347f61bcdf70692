namespace Consistency.Cli.Tests;

/// <summary>
/// consistency.suppressions.json: a reviewed finding is reported as suppressed with its reason and
/// no longer fails the run; a suppression without a reason (CON0004) or matching nothing (CON0005)
/// is itself a finding; a file that cannot be used exits 2 naming it.
/// </summary>
public sealed class SuppressionTests
{
    private const string Reason = "Quoted from the ministry release; corrected next day";

    [Test]
    public void Justified_suppression_marks_the_finding_and_it_no_longer_fails_the_run()
    {
        using var desk = new Desk();
        desk.AddSeed("news/a.txt");
        desk.Write(Suppressions.FileName, Suppressions.File(Suppressions.Entry("news/a.txt", "ZAP002", "2022", Reason)));

        var run = desk.Check("news");

        run.Out.ShouldContain($"news/a.txt(7,121): error ZAP002: The edition before Zapad-2025 was Zapad-2021, not 2022 [suppressed: {Reason}]\n");
        run.Out.ShouldContain("warning ZAP003");
        run.Out.ShouldEndWith("1 article checked: 2 discrepancies (1 warning, 1 suppressed)\n");
        run.ExitCode.ShouldBe(ExitCodes.Clean, run.ToString());
    }

    [Test]
    public void Suppression_file_in_the_article_folder_works_as_well_as_one_above_it()
    {
        using var desk = new Desk();
        desk.AddSeed("news/a.txt");
        desk.Write("news/" + Suppressions.FileName, Suppressions.File(Suppressions.Entry("a.txt", "ZAP002", "2022", Reason)));

        desk.Check("news/a.txt").Out.ShouldContain("[suppressed: ");
    }

    [Test]
    public void Suppression_without_justification_is_reported_as_CON0004_and_not_applied()
    {
        using var desk = new Desk();
        desk.AddSeed("a.txt");
        desk.Write(Suppressions.FileName, Suppressions.File(Suppressions.Entry("a.txt", "ZAP002", "2022", justification: null)));

        var run = desk.Check(".");

        run.Out.ShouldContain("consistency.suppressions.json(4,5): error CON0004: The suppression of ZAP002 in a.txt has no justification, so it is not applied\n");
        run.Out.ShouldContain("a.txt(7,121): error ZAP002: The edition before Zapad-2025 was Zapad-2021, not 2022\n");
        run.Out.ShouldNotContain("[suppressed");
        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound);
    }

    [Test]
    public void Blank_justification_counts_as_none()
    {
        using var desk = new Desk();
        desk.AddSeed("a.txt");
        desk.Write(Suppressions.FileName, Suppressions.File(Suppressions.Entry("a.txt", "ZAP002", "2022", "   ")));

        desk.Check(".").Out.ShouldContain("error CON0004");
    }

    [Test]
    public void Suppression_whose_words_are_no_longer_flagged_is_reported_stale()
    {
        using var desk = new Desk();
        desk.AddSeed("a.txt");
        desk.Write(Suppressions.FileName, Suppressions.File(
            Suppressions.Entry("a.txt", "ZAP002", "2022", Reason),
            Suppressions.Entry("a.txt", "ZAP002", "2019", "an edit removed this")));

        var run = desk.Check(".");

        run.Out.ShouldContain("consistency.suppressions.json(5,5): warning CON0005: The suppression of ZAP002 \"2019\" in a.txt matches no finding: remove it\n");
        run.Out.ShouldNotContain("json(4,5)");
        run.ExitCode.ShouldBe(ExitCodes.Clean, "the one real finding is suppressed; a stale suppression is a warning");
    }

    [Test]
    public void Second_occurrence_is_not_suppressed_by_an_entry_for_the_first()
    {
        using var desk = new Desk();
        desk.Write("a.txt", "The last Zapad, in 2022, was large.\n\nThe previous Zapad in 2022 drew observers.\n");
        desk.Write(Suppressions.FileName, Suppressions.File(Suppressions.Entry("a.txt", "ZAP002", "2022", Reason, occurrence: 2)));

        var run = desk.Check(".");

        run.Out.ShouldContain("a.txt(1,20): error ZAP002: The edition before Zapad-2025 was Zapad-2021, not 2022\n");
        run.Out.ShouldContain("a.txt(3,23): error ZAP002: The edition before Zapad-2025 was Zapad-2021, not 2022 [suppressed: ");
        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound);
    }

    [Test]
    public void Suppression_for_an_article_not_checked_in_this_run_is_not_stale()
    {
        using var desk = new Desk();
        desk.AddSeed("a.txt");
        desk.AddSeed("b.txt", "001_e6df2ccea9e7cfa0.txt");
        desk.Write(Suppressions.FileName, Suppressions.File(Suppressions.Entry("a.txt", "ZAP002", "2022", Reason)));

        desk.Check("b.txt").Out.ShouldNotContain("CON0005");
    }

    [Test]
    public void Suppression_of_a_rule_left_out_by_rules_option_is_not_stale()
    {
        using var desk = new Desk();
        desk.AddSeed("a.txt");
        desk.Write(Suppressions.FileName, Suppressions.File(Suppressions.Entry("a.txt", "ZAP002", "2022", Reason)));

        desk.Check(".", "--rules", "ZAP003").Out.ShouldNotContain("CON0005");
    }

    [Test]
    public void Suppression_naming_an_article_that_does_not_exist_is_stale()
    {
        using var desk = new Desk();
        desk.AddSeed("a.txt");
        desk.Write(Suppressions.FileName, Suppressions.File(Suppressions.Entry("gone.txt", "ZAP002", "2022", Reason)));

        desk.Check(".").Out.ShouldContain("warning CON0005: The suppression of ZAP002 \"2022\" in gone.txt matches no finding");
    }

    [TestCase("{ \"version\": 1, \"suppressions\": [ { \"article\": \"a.txt\" ", 1, "is not valid JSON")]
    [TestCase("{ \"version\": 1,\n  \"suppressions\": [\n { \"article\": \"a.txt\", \"rule\": \"ZAP002\" } ] }", 3, "needs \"words\"")]
    [TestCase("{ \"version\": 1,\n  \"suppressions\": [\n { \"article\": \"a.txt\", \"rule\": \"ZAP002\", \"words\": \"2022\", \"justificaton\": \"typo\" } ] }", 3, "unknown property \"justificaton\"")]
    [TestCase("{ \"version\": 1,\n  \"suppressions\": [\n { \"article\": \"../a.txt\", \"rule\": \"ZAP002\", \"words\": \"2022\", \"justification\": \"x\" } ] }", 3, "outside the folder")]
    [TestCase("{ \"version\": 2, \"suppressions\": [] }", 1, "must say \"version\": 1")]
    [TestCase("[]", 1, "must be an object with a \"suppressions\" array")]
    [TestCase("{ \"version\": \"1\", \"suppressions\": [] }", 1, "must say \"version\": 1 (a number)")]
    [TestCase("{ \"version\": 1,\n  \"suppressions\": [\n { \"article\": \"a.txt\", \"rule\": \"ZAP002\", \"words\": \"2022\", \"occurrence\": \"1\", \"justification\": \"x\" } ] }", 3, "\"occurrence\" must be a whole number from 1")]
    [TestCase("{ \"version\": 1, \"suppresions\": [], \"suppressions\": [] }", 1, "unknown property \"suppresions\"")]
    [TestCase("{ \"version\": 1,\n  \"suppressions\": [\n { \"article\": \"a\\u0000.txt\", \"rule\": \"ZAP002\", \"words\": \"2022\", \"justification\": \"x\" } ] }", 3, "\"article\" holds a NUL character")]
    public void Unusable_suppression_file_exits_2_naming_the_file_and_line(string json, int line, string problem)
    {
        using var desk = new Desk();
        desk.AddSeed("a.txt");
        desk.Write(Suppressions.FileName, json);

        var run = desk.Check(".");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Out.ShouldBeEmpty();
        run.Error.ShouldContain($"consistency: configuration error: consistency.suppressions.json({line}): ");
        run.Error.ShouldContain(problem);
    }

    [Test]
    public void Suppression_naming_a_rule_no_pack_has_is_reported_stale()
    {
        using var desk = new Desk();
        desk.AddSeed("a.txt");
        desk.Write(Suppressions.FileName, Suppressions.File(Suppressions.Entry("a.txt", "ZAP999", "2022", Reason)));

        var run = desk.Check(".");

        run.Out.ShouldContain("warning CON0005: The suppression of ZAP999 \"2022\" in a.txt matches no finding");
    }

    [Test]
    public void Suppression_of_an_article_whose_name_starts_with_two_dots_is_inside_the_folder()
    {
        using var desk = new Desk();
        desk.AddSeed("..a.txt");
        desk.Write(Suppressions.FileName, Suppressions.File(Suppressions.Entry("..a.txt", "ZAP002", "2022", Reason)));

        var run = desk.Check(".");

        run.ExitCode.ShouldBe(ExitCodes.Clean, run.ToString());
        run.Out.ShouldContain($"..a.txt(7,121): error ZAP002: The edition before Zapad-2025 was Zapad-2021, not 2022 [suppressed: {Reason}]");
    }

    [Test]
    public void A_backslash_in_a_file_name_is_kept_where_it_is_not_a_separator()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("a backslash separates folders on Windows");
        }

        using var desk = new Desk();
        desk.AddSeed("back\\slash.txt");
        desk.Write(Suppressions.FileName, Suppressions.File(Suppressions.Entry("back\\\\slash.txt", "ZAP003", "2022", Reason)));

        var run = desk.Check(".");

        run.Out.ShouldContain("back\\slash.txt(7,121): error ZAP002");
        run.Out.ShouldContain("[suppressed: ");
        run.Out.ShouldNotContain("back/slash");
    }

    [Test]
    public void Entries_of_a_large_suppression_file_are_each_reported_at_their_own_line()
    {
        // Lines are counted on from entry to entry (not from the file's start for each): a multi-byte
        // character before every entry checks that the character offsets stay right as they accumulate.
        using var desk = new Desk();
        desk.AddSeed("a.txt");
        var entries = Enumerable.Range(0, 2000).Select(i => $"    // Zapad–{i}\n" + Suppressions.Entry("a.txt", "ZAP002", "2022", justification: null, occurrence: i + 1));
        desk.Write(Suppressions.FileName, Suppressions.File([.. entries]));

        var run = desk.Check(".");

        run.Out.ShouldContain("consistency.suppressions.json(5,5): error CON0004");
        run.Out.ShouldContain("consistency.suppressions.json(4003,5): error CON0004");
    }
}
