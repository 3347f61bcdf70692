using System.CommandLine;

namespace Consistency.Cli;

/// <summary>
/// The command line's entry point: parses the verbs (check, matrix, rules, packs, explain) and runs one. Any
/// usage error exits 2 with the parser's message, as a bad path or broken configuration does; a
/// report that cannot be written exits 2 too. Anything else that escapes (a defect, running out of
/// memory) exits 3, "internal error", never 1: exit code 1 means discrepancies were found.
/// </summary>
internal static class ConsistencyApp
{
    public static int Run(IReadOnlyList<string> args, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        try
        {
            var exit = Invoke(args, host);
            host.Out.Flush(); // a report held in the buffer fails here if the disk is full: still exit 2
            return exit;
        }
        catch (ReportWriteException e)
        {
            return Tell(host, e.Message, ExitCodes.UsageOrInput);
        }
        catch (OutOfMemoryException)
        {
            return Tell(host, "internal error: out of memory; no report can be trusted", ExitCodes.InternalError);
        }
        catch (Exception e)
        {
            // The last resort: one line naming the failure, no stack trace, and a code no finding can give.
            return Tell(host, $"internal error: {e.GetType().Name}: {e.Message}", ExitCodes.InternalError);
        }
    }

    private static int Invoke(IReadOnlyList<string> args, CliHost host)
    {
        var parse = CreateRoot(host).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                host.Error.WriteLine($"consistency: {error.Message}");
            }

            host.Error.WriteLine("Run 'consistency --help' for usage.");
            return ExitCodes.UsageOrInput;
        }

        // The parser's own handler would print a stack trace and exit 1: Run decides instead.
        return parse.Invoke(new InvocationConfiguration { Output = host.Out, Error = host.Error, EnableDefaultExceptionHandler = false });
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031", Justification = "Standard error itself failing must not change the exit code.")]
    private static int Tell(CliHost host, string message, int exitCode)
    {
        try
        {
            host.Error.WriteLine($"consistency: {message}");
            host.Error.Flush();
        }
        catch (Exception)
        {
            // nowhere left to say it; the exit code still does
        }

        return exitCode;
    }

    /// <summary>Every verb with its options, writing to the host's streams.</summary>
    public static RootCommand CreateRoot(CliHost host) => new("consistency: checks news articles for factual consistency with a story's established facts")
    {
        CheckCommand.Create(host),
        MatrixCommand.Create(host),
        RulesCommand.Create(host),
        PacksCommand.Create(host),
        ExplainCommand.Create(host),
    };
}
