using System.CommandLine;

namespace Consistency.Cli;

/// <summary>
/// The command line's entry point: parses the verbs (check, rules, explain) and runs one. Any
/// usage error exits 2 with the parser's message, as a bad path or broken configuration does.
/// </summary>
internal static class ConsistencyApp
{
    public static int Run(IReadOnlyList<string> args, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
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

        return parse.Invoke(new InvocationConfiguration { Output = host.Out, Error = host.Error });
    }

    /// <summary>Every verb with its options, writing to the host's streams.</summary>
    public static RootCommand CreateRoot(CliHost host) => new("consistency: checks news articles for factual consistency with a story's established facts")
    {
        CheckCommand.Create(host),
        RulesCommand.Create(host),
        ExplainCommand.Create(host),
    };
}
