using Consistency.Testing;

namespace Consistency.Cli.Tests;

/// <summary>
/// Every report format of <c>consistency check seeds</c>, compared with its reviewed snapshot in
/// snapshots/cli/. The same run must give the same bytes: no clock, no machine path, LF only.
/// </summary>
public sealed class FormatSnapshotTests
{
    [TestCaseSource(typeof(CliSnapshots), nameof(CliSnapshots.Formats))]
    public void Check_seeds_report_matches_its_snapshot(string format)
    {
        var run = Cli.Run("check", "seeds", "--format", format);

        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound, run.ToString());
        run.Error.ShouldBeEmpty();
        CliSnapshots.Match(run.Out, "check-seeds", format);
    }

    [TestCaseSource(typeof(CliSnapshots), nameof(CliSnapshots.Formats))]
    public void Report_holds_no_absolute_path_no_carriage_return_and_is_the_same_twice(string format)
    {
        var first = Cli.Run("check", "seeds", "--format", format).Out;
        var second = Cli.Run("check", "seeds", "--format", format).Out;

        second.ShouldBe(first);
        first.ShouldNotContain(RepositoryPaths.Root);
        first.ShouldNotContain("\r");
    }

    [Test]
    public void Output_option_writes_the_same_report_to_a_file()
    {
        using var desk = new Desk();
        var file = Path.Combine(desk.Root, "report.sarif");

        var toFile = Cli.Run("check", "seeds", "--format", "sarif", "--output", file);

        toFile.ExitCode.ShouldBe(ExitCodes.ErrorsFound);
        toFile.Out.ShouldBeEmpty();
        File.ReadAllText(file).ShouldBe(Cli.Run("check", "seeds", "--format", "sarif").Out);
        File.ReadAllBytes(file)[0].ShouldBe((byte)'{', "no byte order mark");
    }
}
