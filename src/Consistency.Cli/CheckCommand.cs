using System.CommandLine;
using Consistency.Analysis;
using Consistency.Reporting;
using Consistency.Rules;

namespace Consistency.Cli;

/// <summary><c>consistency check &lt;paths&gt;…</c>: analyse articles and print compiler-style diagnostics.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders (searched recursively for .txt and .md)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "Check articles against the story rule packs") { paths };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], stdout, stderr));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr)
    {
        var inputs = ArticleDiscovery.Find(paths, Directory.GetCurrentDirectory(), out var missing);
        foreach (var path in missing)
        {
            stderr.WriteLine($"consistency: no such file or folder: {path}");
        }

        if (missing.Count > 0)
        {
            return ExitCodes.UsageOrInput;
        }

        var result = new Analyzer(Packs.All).Analyze(inputs);
        new MsBuildTextFormatter().Write(result, stdout);
        if (result.Diagnostics.Any(d => d.Descriptor.Category == EngineDiagnostics.Category && d.Id != EngineDiagnostics.RuleFailed.Id))
        {
            return ExitCodes.UsageOrInput;
        }

        return result.Count(Severity.Error) > 0 ? ExitCodes.ErrorsFound : ExitCodes.Clean;
    }
}
