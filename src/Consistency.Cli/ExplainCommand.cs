using System.CommandLine;
using Consistency.Reporting;

namespace Consistency.Cli;

/// <summary><c>consistency explain ID</c>: why a rule holds, what it flags and accepts, and its evidence.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliHost host)
    {
        var id = new Argument<string>("id") { Description = "A rule ID, such as ZAP002 (see 'consistency rules')" };
        var command = new Command("explain", "Explain a rule: its rationale, what it flags and accepts, and its evidence") { id };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(id) ?? "";
            if (Packs.Find(wanted) is not { } rule)
            {
                host.Error.WriteLine($"consistency: unknown rule ID '{wanted}'; 'consistency rules' lists them");
                return ExitCodes.UsageOrInput;
            }

            host.Out.Write(RuleExplanation.Format(rule));
            return ExitCodes.Clean;
        });
        return command;
    }
}
