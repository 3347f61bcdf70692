using System.CommandLine;
using Consistency.Analysis;
using Consistency.Analysis.Configuration;
using Consistency.Reporting;
using Consistency.Reporting.Matrix;
using Consistency.Rules.Corpus;

namespace Consistency.Cli;

/// <summary>
/// <c>consistency matrix &lt;paths&gt;…</c>: who says what across the articles. Finds the articles as
/// <c>check</c> does (same paths, folders, globs, configuration and report-destination guard), runs
/// the packs' corpus rules only, and writes the claims matrix with the findings across sources.
/// Exit code 0 when written; 2 for bad usage, an article that could not be read (named on
/// standard error) or a report that cannot be written. Findings do not change the exit code: the
/// matrix is a reading aid; <c>check</c> is the gate.
/// </summary>
internal static class MatrixCommand
{
    public static Command Create(CliHost host)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files, folders (searched recursively for .txt and .md) or quoted globs such as 'seeds/**/*.txt'",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "Matrix format: text, markdown or json", DefaultValueFactory = _ => ReportFormats.Text };
        format.AcceptOnlyFromAmong([.. MatrixFormats.Names]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the matrix to this file instead of standard output" };
        var config = new Option<string?>("--config") { Description = "An .editorconfig-format file of rule severities, applied after those found beside the articles" };
        var pack = PackSelection.CreateOption();
        var command = new Command("matrix", "Show each fact of the story across the articles (who says what, and where they disagree)")
        {
            paths, format, output, config, pack,
        };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(config), host, parse.GetValue(pack)));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, string format, string? output, string? config, CliHost host, string? pack = null)
    {
        if (PackSelection.Problem(pack, host) is { } badPack)
        {
            return Fail(host, [badPack]);
        }

        var inputs = ArticleDiscovery.Find(paths, host.WorkingDirectory, out var problems);
        if (problems.Count > 0)
        {
            return Fail(host, problems);
        }

        if (output is not null)
        {
            var articles = ReportDestinationGuard.Check(inputs, paths, output, host, out var refusal);
            if (articles is null)
            {
                return Fail(host, [refusal!]);
            }

            inputs = articles;
        }

        var configuration = ArticleConfiguration.Load(host.WorkingDirectory, inputs, config);
        if (configuration.Errors.Count > 0)
        {
            return Fail(host, configuration.Errors.Select(e => $"configuration error: {e}"));
        }

        if (output is not null && ReportFile.RemovePrevious(ReportOutput.Target(output, host), output) is { } cannotRemove)
        {
            return Fail(host, [cannotRemove]);
        }

        // Only the corpus rules: the matrix is made of their observations, and the other rules' findings are check's.
        var corpusRules = Packs.All.SelectMany(p => p.Rules).OfType<CorpusRule>().Select(r => r.Descriptor.Id);
        var options = configuration.ApplyTo(new AnalyzerOptions { OnlyRules = new HashSet<string>(corpusRules, StringComparer.OrdinalIgnoreCase) }) with
        {
            PackChoice = PackSelection.Choose(pack, host, configuration),
        };
        var result = new Analyzer(Packs.All, options).Analyze(inputs);
        // Not read, not text, or no pack claims it: the matrix would leave it out without a word.
        var unreadable = result.Articles.SelectMany(a => a.Diagnostics).Where(EngineDiagnostics.IsInputFailure).ToList();
        if (unreadable.Count > 0)
        {
            return Fail(host, unreadable.Select(DiagnosticLine.Format));
        }

        var report = MatrixReport.Of(result);
        var formatter = MatrixFormats.Create(format, ToolIdentity.Current);
        return ReportOutput.Write(writer => formatter.Write(report, writer), output, host) is { } failure
            ? Fail(host, [failure])
            : ExitCodes.Clean;
    }

    private static int Fail(CliHost host, IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            host.Error.WriteLine($"consistency: {message}");
        }

        return ExitCodes.UsageOrInput;
    }
}
