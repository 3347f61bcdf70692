using Consistency.Testing;

namespace Consistency.Cli.Tests;

/// <summary>
/// The multicore JIT profile <c>check</c> keeps is a cache: it is written where it is told, never
/// for other verbs or when turned off, and no state of it (absent, present, unwritable) changes
/// a byte of the report or the exit code.
/// </summary>
public sealed class JitProfileTests
{
    private static CliRun Check(Dictionary<string, string> environment) =>
        ConsistencyProcess.RunWith(environment, RepositoryPaths.Root, "check", "seeds");

    [Test]
    public void A_check_run_records_a_profile_and_the_run_after_it_reports_the_same_bytes()
    {
        using var desk = new Desk();
        var folder = Path.Combine(desk.Root, "profiles");
        var environment = new Dictionary<string, string> { ["CONSISTENCY_JIT_PROFILE_DIR"] = folder };

        var first = Check(environment);
        var profile = Path.Combine(folder, "check.jitprofile");
        File.Exists(profile).ShouldBeTrue(first.ToString());
        new FileInfo(profile).Length.ShouldBeGreaterThan(0);
        var second = Check(environment);

        first.ExitCode.ShouldBe(ExitCodes.ErrorsFound, first.ToString());
        second.ShouldBe(first);
        second.Out.ShouldBe(Cli.Run("check", "seeds").Out);
    }

    [Test]
    public void A_damaged_profile_changes_nothing_in_the_run()
    {
        // Two runs at once may interleave their writes; the runtime must treat what it finds as a hint only.
        using var desk = new Desk();
        var folder = Path.Combine(desk.Root, "profiles");
        Directory.CreateDirectory(folder);
        var environment = new Dictionary<string, string> { ["CONSISTENCY_JIT_PROFILE_DIR"] = folder };
        Check(environment);
        var profile = Path.Combine(folder, "check.jitprofile");
        var bytes = File.ReadAllBytes(profile);
        for (var i = 16; i < bytes.Length; i += 7)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(profile, bytes[..(bytes.Length * 2 / 3)]);
        var run = Check(environment);

        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound, run.ToString());
        run.Error.ShouldBeEmpty();
        run.Out.ShouldBe(Cli.Run("check", "seeds").Out);
    }

    [Test]
    public void Turned_off_or_for_another_verb_no_profile_is_written()
    {
        using var desk = new Desk();
        var folder = Path.Combine(desk.Root, "profiles");
        ConsistencyProcess.RunWith(new Dictionary<string, string> { ["CONSISTENCY_JIT_PROFILE_DIR"] = folder, ["CONSISTENCY_JIT_PROFILE"] = "0" }, RepositoryPaths.Root, "check", "seeds")
            .ExitCode.ShouldBe(ExitCodes.ErrorsFound);
        ConsistencyProcess.RunWith(new Dictionary<string, string> { ["CONSISTENCY_JIT_PROFILE_DIR"] = folder }, RepositoryPaths.Root, "rules")
            .ExitCode.ShouldBe(ExitCodes.Clean);

        Directory.Exists(folder).ShouldBeFalse();
    }

    [Test]
    public void A_profile_folder_that_cannot_be_made_changes_nothing_in_the_run()
    {
        using var desk = new Desk();
        var file = desk.Write("a-file", "not a folder");

        var run = Check(new() { ["CONSISTENCY_JIT_PROFILE_DIR"] = Path.Combine(file, "profiles") });

        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound, run.ToString());
        run.Error.ShouldBeEmpty();
        run.Out.ShouldBe(Cli.Run("check", "seeds").Out);
    }

    [Test]
    public void A_test_run_keeps_the_profile_in_its_own_folder_not_the_users_cache()
    {
        var profile = Path.Combine(JitProfileFolder.Folder, "check.jitprofile");
        File.Delete(profile);

        ConsistencyProcess.Run(RepositoryPaths.Root, "check", "seeds").ExitCode.ShouldBe(ExitCodes.ErrorsFound);

        File.Exists(profile).ShouldBeTrue("the child process inherits the test run's profile folder");
    }
}
