using Consistency.Testing;

namespace Consistency.Cli.Tests;

/// <summary>The built program, run as a real process, behaves as the in-process entry point the other tests use.</summary>
public sealed class ProcessRunTests
{
    [Test]
    public void Real_process_prints_the_same_report_and_exit_code_as_the_in_process_run()
    {
        var real = ConsistencyProcess.Run(RepositoryPaths.Root, "check", "seeds");
        var inProcess = Cli.Run("check", "seeds");

        real.ExitCode.ShouldBe(ExitCodes.ErrorsFound, real.ToString());
        real.Out.ShouldBe(inProcess.Out, "redirected output is never coloured");
        real.Error.ShouldBeEmpty();
    }
}
