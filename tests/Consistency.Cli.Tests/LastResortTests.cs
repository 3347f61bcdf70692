namespace Consistency.Cli.Tests;

/// <summary>
/// Failures that are not findings never exit 1: a report that cannot be written is exit 2 naming the
/// destination, and anything unexpected is exit 3, "internal error", one line and no stack trace.
/// </summary>
public sealed class LastResortTests
{
    [Test]
    public void An_unexpected_exception_exits_3_with_one_line_and_no_stack_trace()
    {
        var run = RunWithOutput(new ThrowingWriter(() => new InvalidOperationException("the writer broke")), "check", "seeds");

        run.ExitCode.ShouldBe(ExitCodes.InternalError);
        run.Error.ShouldBe("consistency: internal error: InvalidOperationException: the writer broke\n");
    }

    [Test]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2201", Justification = "Standing in for the runtime running out of memory.")]
    public void Running_out_of_memory_exits_3_not_1()
    {
        var run = RunWithOutput(new ThrowingWriter(() => new OutOfMemoryException()), "check", "seeds");

        run.ExitCode.ShouldBe(ExitCodes.InternalError);
        run.Error.ShouldContain("internal error: out of memory");
    }

    [Test]
    public void A_report_that_cannot_be_written_to_standard_output_exits_2()
    {
        var run = RunWithOutput(new ThrowingWriter(() => new ReportWriteException("cannot write the report to standard output: No space left on device")), "check", "seeds");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput);
        run.Error.ShouldBe("consistency: cannot write the report to standard output: No space left on device\n");
    }

    [Test]
    public void Standard_output_on_a_full_disk_exits_2_from_the_real_process()
    {
        if (!File.Exists("/dev/full"))
        {
            Assert.Ignore("no /dev/full on this system");
        }

        using var desk = new Desk();
        desk.AddSeed("a.txt");
        var assembly = Path.Combine(AppContext.BaseDirectory, "consistency.dll");
        var run = ExternalProcess.Run("sh", ["-c", "exec dotnet \"$0\" check a.txt > /dev/full", assembly], desk.Root);

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Error.ShouldBe("consistency: cannot write the report to standard output: No space left on device\n");
    }

    [Test]
    public void A_working_folder_that_was_removed_exits_2_with_one_line()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("a folder in use cannot be removed on Windows");
        }

        using var desk = new Desk();
        var assembly = Path.Combine(AppContext.BaseDirectory, "consistency.dll");
        var run = ExternalProcess.Run("sh", ["-c", "mkdir gone && cd gone && rmdir ../gone && exec dotnet \"$0\" check a.txt", assembly], desk.Root);

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Error.ShouldStartWith("consistency: cannot use the working folder: ");
        run.Error.ShouldNotContain(" at ");
    }

    private static CliRun RunWithOutput(TextWriter output, params string[] args)
    {
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = ConsistencyApp.Run(args, new CliHost(output, stderr, Consistency.Testing.RepositoryPaths.Root));
        return new CliRun(exit, "", stderr.ToString());
    }

    /// <summary>Standard output that fails on the first write, as a broken destination or a defect would.</summary>
    private sealed class ThrowingWriter(Func<Exception> failure) : StringWriter
    {
        public override void Write(char value) => throw failure();

        public override void Write(string? value) => throw failure();

        public override void Write(char[] buffer, int index, int count) => throw failure();
    }
}
