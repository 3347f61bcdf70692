namespace Consistency.Cli.Tests;

/// <summary>
/// A report file is replaced whole or not at all: written beside the target under a temporary
/// name and renamed over it, so a writer that fails half-way (a full disk, a killed run) leaves the
/// target as it was and no temporary file, and two writers never interleave their lines.
/// </summary>
public sealed class ReportFileTests
{
    [Test]
    public void A_report_whose_writing_fails_half_way_leaves_the_target_as_it_was_and_no_temporary_file()
    {
        using var desk = new Desk();
        var target = desk.Write("report.txt", "the previous report\n");

        var failure = ReportFile.Write(target, "report.txt", writer =>
        {
            writer.Write(new string('x', 200_000));
            throw new IOException("No space left on device");
        });

        failure.ShouldBe("cannot write the report to report.txt: No space left on device");
        File.ReadAllText(target).ShouldBe("the previous report\n");
        Directory.GetFiles(desk.Root).Select(Path.GetFileName).ShouldBe([".editorconfig", "report.txt"], ignoreOrder: true);
    }

    [Test]
    public void Two_writers_of_the_same_file_leave_one_complete_report()
    {
        using var desk = new Desk();
        var target = Path.Combine(desk.Root, "report.txt");
        var reports = new[] { string.Concat(Enumerable.Repeat("first run line\n", 20_000)), string.Concat(Enumerable.Repeat("second run line\n", 20_000)) };
        using var bothWriting = new Barrier(2);

        Parallel.For(0, 2, i => ReportFile.Write(target, "report.txt", writer =>
        {
            foreach (var line in reports[i].Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                writer.Write(line + "\n");
                writer.Flush();
            }

            bothWriting.SignalAndWait(); // both have written everything before either renames
        }).ShouldBeNull());

        File.ReadAllText(target).ShouldBeOneOf(reports);
        Directory.GetFiles(desk.Root, "*.tmp").ShouldBeEmpty();
    }

    [Test]
    public void A_report_reached_through_a_link_replaces_the_file_it_points_to_and_keeps_the_link()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("file links need privileges on Windows");
        }

        using var desk = new Desk();
        var pointedTo = desk.Write("reports/latest.txt", "the previous report\n");
        var link = Path.Combine(desk.Root, "report.txt");
        File.CreateSymbolicLink(link, pointedTo);

        ReportFile.RemovePrevious(link, "report.txt").ShouldBeNull();
        File.Exists(pointedTo).ShouldBeFalse();
        ReportFile.Write(link, "report.txt", writer => writer.Write("this run's report\n")).ShouldBeNull();

        new FileInfo(link).LinkTarget.ShouldBe(pointedTo);
        File.ReadAllText(pointedTo).ShouldBe("this run's report\n");
        Directory.GetFiles(desk.Root, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Test]
    public void A_device_as_the_destination_is_written_into_and_never_replaced_or_removed()
    {
        if (!File.Exists("/dev/null"))
        {
            Assert.Ignore("no /dev/null here");
        }

        ReportFile.RemovePrevious("/dev/null", "/dev/null").ShouldBeNull();
        ReportFile.Write("/dev/null", "/dev/null", writer => writer.Write("a report\n")).ShouldBeNull();

        Consistency.Analysis.FileNodes.Of("/dev/null").Kind.ShouldBe(Consistency.Analysis.FileNodeKind.Special);
        Directory.GetFiles("/dev", ".null.*").ShouldBeEmpty();
    }

    [Test]
    public void A_full_device_as_the_destination_is_a_clear_failure()
    {
        if (!File.Exists("/dev/full"))
        {
            Assert.Ignore("no /dev/full here");
        }

        var failure = ReportFile.Write("/dev/full", "/dev/full", writer => writer.Write(new string('x', 100_000)));

        failure.ShouldStartWith("cannot write the report to /dev/full: No space left on device");
        Consistency.Analysis.FileNodes.Of("/dev/full").Kind.ShouldBe(Consistency.Analysis.FileNodeKind.Special);
    }
}
