using System.CommandLine;
using Consistency.Analysis;
using Consistency.Analysis.Configuration;
using Consistency.Reporting;
using Consistency.Rules;

namespace Consistency.Cli;

/// <summary>
/// <c>consistency check &lt;paths&gt;…</c>: finds the articles, reads their configuration, analyses
/// them and writes the report. Exit code 0: no error-severity finding (suppressed ones do not
/// count); 1: errors found; 2: bad usage, an article that could not be read, or a configuration
/// file that cannot be used (named, with the problem, on standard error).
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliHost host)
    {
        var line = new CheckCommandLine();
        var command = line.CreateCommand();
        command.SetAction(parse => Run(line.Read(parse), host));
        return command;
    }

    /// <summary>Why an ID given to --rules cannot be run: it is empty, one of the engine's, or no rule's.</summary>
    private static string RulesProblem(string id)
    {
        if (id.Length == 0)
        {
            return "--rules has an empty rule ID; name rules separated by single commas: --rules ZAP001,ZAP002";
        }

        return Packs.Find(id) is { } engine
            ? $"'{engine.Id}' in --rules is an engine diagnostic, not a rule: engine diagnostics always run and cannot be chosen"
            : $"unknown rule ID '{id}' in --rules; 'consistency rules' lists them";
    }

    /// <summary>
    /// A word the parser took as a path but that starts with '-' and names no file or folder: a mistyped or
    /// unknown option ("--bogus"), said so rather than "no such file". A file really named "-x.txt" is a path.
    /// </summary>
    private static bool LooksLikeAnOption(string path, string workingDirectory)
    {
        if (path.Length < 2 || path[0] != '-')
        {
            return false;
        }

        var full = Path.GetFullPath(path, workingDirectory);
        return !File.Exists(full) && !Directory.Exists(full);
    }

    internal static int Run(CheckOptions options, CliHost host)
    {
        var unknown = options.Rules.Where(id => Packs.FindRule(id) is null).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return Fail(host, unknown.Select(RulesProblem));
        }

        if (PackSelection.Problem(options.Pack, host) is { } badPack)
        {
            return Fail(host, [badPack]);
        }

        var strayOptions = options.Paths.Where(p => LooksLikeAnOption(p, host.WorkingDirectory)).ToList();
        if (strayOptions.Count > 0)
        {
            return Fail(host, strayOptions.Select(o => $"unknown option '{o}'; 'consistency check --help' lists the options"));
        }

        if (!JitProfile.IsReplaying)
        {
            _ = Analyzer.StartWarmUp(Packs.All); // compiles the engine on the other core while files are found
        }

        var inputs = ArticleDiscovery.Find(options.Paths, host.WorkingDirectory, out var problems);
        if (problems.Count > 0)
        {
            return Fail(host, problems);
        }

        if (options.Output is not null)
        {
            // The report never replaces an article; an earlier run's report in a scanned folder is not checked as one.
            var articles = ReportDestinationGuard.Check(inputs, options.Paths, options.Output, host, out var refusal);
            if (articles is null)
            {
                return Fail(host, [refusal!]);
            }

            inputs = articles;
        }

        var configuration = ArticleConfiguration.Load(host.WorkingDirectory, inputs, options.Config);
        if (configuration.Errors.Count > 0)
        {
            return Fail(host, configuration.Errors.Select(e => $"configuration error: {e}"));
        }

        if (options.Output is not null && ReportFile.RemovePrevious(ReportOutput.Target(options.Output, host), options.Output) is { } cannotRemove)
        {
            return Fail(host, [cannotRemove]);
        }

        var analyzerOptions = configuration.ApplyTo(new AnalyzerOptions
        {
            OnlyRules = new HashSet<string>(options.Rules.Select(id => Packs.FindRule(id)!.Id), StringComparer.OrdinalIgnoreCase),
        }) with
        {
            PackChoice = PackSelection.Choose(options.Pack, host, configuration),
        };
        var color = options.Format == ReportFormats.Text && options.Output is null && host.OutSupportsColor && !options.NoColor;
        var formatter = ReportFormats.Create(options.Format, ToolIdentity.Current, color, new ArticleTexts(inputs));
        if (formatter is IStreamingReportFormatter streaming && !ProgressDisplay.IsWanted(host, inputs.Count))
        {
            return AnalyzeWhileWriting(streaming, inputs, analyzerOptions, options, host);
        }

        var result = Analyze(inputs, analyzerOptions, host);
        if (ReportOutput.Write(writer => formatter.Write(result.AtOrAbove(options.MinimumSeverity), writer), options.Output, host) is { } failure)
        {
            return Fail(host, [failure]);
        }

        return ExitCode(DiagnosticTally.Of(result.Diagnostics));
    }

    /// <summary>
    /// Writes each article's findings as soon as those before it are written, while later articles
    /// are still being analysed: the first lines of a large archive's report come at once, and its
    /// findings are not all held in memory until the end. The output is the same bytes as writing
    /// the whole result afterwards. Reports are kept only when a suppression file must be reviewed
    /// against all of them.
    /// </summary>
    private static int AnalyzeWhileWriting(IStreamingReportFormatter formatter, IReadOnlyList<ArticleInput> inputs, AnalyzerOptions analyzerOptions, CheckOptions options, CliHost host)
    {
        var analyzer = new Analyzer(Packs.All, analyzerOptions);
        var all = new DiagnosticTally(); // decides the exit code
        var shown = new DiagnosticTally(); // those at or above --min-severity: the summary line
        var kept = analyzerOptions.Suppressions.ReviewsReports ? new List<ArticleReport>() : null;
        var failure = ReportOutput.Write(writer =>
        {
            void Write(ArticleReport report)
            {
                all.Add(report);
                var visible = report.AtOrAbove(options.MinimumSeverity);
                shown.Add(visible);
                formatter.WriteReport(visible, writer);
            }

            analyzer.Analyze(inputs, report =>
            {
                kept?.Add(report);
                Write(report);
            });
            foreach (var report in analyzer.ReviewSuppressions(kept ?? []))
            {
                Write(report);
            }

            StreamingReport.WriteEnd(inputs.Count, shown, writer);
        }, options.Output, host);
        return failure is null ? ExitCode(all) : Fail(host, [failure]);
    }

    private static AnalysisResult Analyze(IReadOnlyList<ArticleInput> inputs, AnalyzerOptions options, CliHost host)
    {
        if (!ProgressDisplay.IsWanted(host, inputs.Count))
        {
            return new Analyzer(Packs.All, options).Analyze(inputs);
        }

        return ProgressDisplay.Run(host.Error, inputs.Count,
            onArticle => new Analyzer(Packs.All, options with { ArticleAnalyzed = onArticle }).Analyze(inputs));
    }

    /// <summary>2 if an article could not be checked at all, else 1 if an unsuppressed error remains, else 0.</summary>
    private static int ExitCode(DiagnosticTally tally)
    {
        if (tally.HasInputFailure)
        {
            return ExitCodes.UsageOrInput;
        }

        return tally.Count(Severity.Error) > 0 ? ExitCodes.ErrorsFound : ExitCodes.Clean;
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
