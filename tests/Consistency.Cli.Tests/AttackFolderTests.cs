using System.Text;

namespace Consistency.Cli.Tests;

/// <summary>
/// Every hostile article at once, beside one good article, checked by the real process: special
/// files (a named pipe, links to /dev/zero and /dev/urandom), a binary file, a 110 KB line of
/// "Zapad 2022 ", a sentence of 100k numbers, 20k quoted lines, a tree deeper than PATH_MAX and
/// names holding glob characters, dots and a backslash. All are made here at run time. The run
/// ends with 0, 1 or 2, never a crash, and the good article's findings are exactly those it has
/// alone. (Not timed: bench/README.md and the report table hold the times.)
/// </summary>
public sealed class AttackFolderTests
{
    [Test]
    public void Hostile_articles_cost_the_good_one_nothing_and_the_run_ends_with_a_documented_code()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("named pipes, /dev and bash are Unix's");
        }

        using var desk = new Desk();
        desk.AddSeed("good.txt");
        var alone = ConsistencyProcess.Run(desk.Root, "check", "good.txt");
        try
        {
            MakeAttacks(desk);

            var run = ConsistencyProcess.Run(desk.Root, "check", ".", "--format", "text");

            run.ExitCode.ShouldBeOneOf(ExitCodes.Clean, ExitCodes.ErrorsFound, ExitCodes.UsageOrInput);
            run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, "the special files cannot be read: CON0002");
            run.Error.ShouldBeEmpty();
            Lines(run.Out, "good.txt(").ShouldBe(Lines(alone.Out, "good.txt("));
            Lines(alone.Out, "good.txt(").ShouldNotBeEmpty();
            run.Out.ShouldContain("pipe.txt(1,1): error CON0002");
            run.Out.ShouldContain("zero.txt(1,1): error CON0002");
            run.Out.ShouldContain("urandom.md(1,1): error CON0002");
            run.Out.ShouldContain("binary.txt(1,1): error CON0003");
            run.Out.ShouldContain("report [draft].txt(");
            run.Out.ShouldContain("back\\slash.txt(");
            run.Out.ShouldContain("..x.txt(");
            run.Out.ShouldNotContain("CON0006");
            run.Out.ShouldNotContain("CON0001");
        }
        finally
        {
            ExternalProcess.Run("bash", ["-c", "rm -rf deep"], desk.Root);
        }
    }

    private static void MakeAttacks(Desk desk)
    {
        Shell(desk.Root, "mkfifo pipe.txt && ln -s /dev/zero zero.txt && ln -s /dev/urandom urandom.md");
        File.WriteAllBytes(Path.Combine(desk.Root, "binary.txt"), [0x7F, (byte)'E', (byte)'L', (byte)'F', 0, 0, 1]);
        desk.Write("zapad.txt", string.Concat(Enumerable.Repeat("Zapad 2022 ", 10_000)) + "\n");
        desk.Write("numbers.txt", "Observers from " + string.Join(",", Enumerable.Repeat("1", 100_000)) + " countries watched Zapad.\n");
        var quotes = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            quotes.Append("Lukashenko said \u201CThe drills of Zapad ended in 2022.\u201D\n");
        }

        desk.Write("quotes.txt", quotes.ToString());
        desk.AddSeed("report [draft].txt");
        desk.AddSeed("back\\slash.txt");
        desk.AddSeed("..x.txt");
        Shell(desk.Root, "mkdir deep && cd deep && i=0; while [ $i -lt 450 ]; do mkdir dddddddddd && cd dddddddddd || exit 1; i=$((i+1)); done; echo 'The last Zapad was held in 2022.' > x.txt");
    }

    private static List<string> Lines(string report, string prefix) =>
        report.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    private static void Shell(string folder, string script)
    {
        var run = ExternalProcess.Run("bash", ["-c", script], folder);
        run.ExitCode.ShouldBe(0, run.ToString());
    }
}
