using System.CommandLine;
using Consistency.Reporting;

namespace Consistency.Cli;

/// <summary><c>consistency rules</c>: every rule a check can report, with its severity and title.</summary>
internal static class RulesCommand
{
    public static Command Create(CliHost host)
    {
        var command = new Command("rules", "List every rule: ID, default severity, category and title");
        command.SetAction(_ =>
        {
            host.Out.Write(RuleCatalogFormatter.Format(Packs.AllDescriptors));
            return ExitCodes.Clean;
        });
        return command;
    }
}
