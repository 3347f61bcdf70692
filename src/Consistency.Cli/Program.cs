using System.CommandLine;
using Consistency.Cli;

var root = new RootCommand("consistency: checks news articles for factual consistency with a story's established facts")
{
    CheckCommand.Create(Console.Out, Console.Error),
};
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"consistency: {error.Message}");
    }

    Console.Error.WriteLine("Run 'consistency --help' for usage.");
    return ExitCodes.UsageOrInput;
}

return parse.Invoke();
