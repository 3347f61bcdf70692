namespace Consistency.Cli.Tests;

/// <summary>
/// Every format of a run with a suppressed finding, an unjustified suppression (CON0004) and a
/// stale one (CON0005), compared with reviewed snapshots: the pull request shows what was accepted
/// and why, and the suppression file's own problems.
/// </summary>
public sealed class SuppressedReportTests
{
    [TestCaseSource(typeof(CliSnapshots), nameof(CliSnapshots.Formats))]
    public void Suppressed_run_report_matches_its_snapshot(string format)
    {
        using var desk = new Desk();
        desk.AddSeed("news/zapad.txt");
        desk.AddSeed("opinion/column.txt");
        desk.Write(Suppressions.FileName, Suppressions.File(
            Suppressions.Entry("news/zapad.txt", "ZAP002", "2022", "The ministry's release said 2022; we quote it and link the correction"),
            Suppressions.Entry("opinion/column.txt", "ZAP003", "2022", null),
            Suppressions.Entry("opinion/column.txt", "ZAP004", "23", "Kept after an edit")));

        var run = desk.Check(".", "--format", format);

        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound, "the column's ZAP002 and the unjustified suppression are errors");
        CliSnapshots.Match(run.Out, "check-suppressed", format);
    }
}
