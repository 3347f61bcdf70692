using Consistency.Analysis;
using Spectre.Console;

namespace Consistency.Cli;

/// <summary>
/// A progress bar on standard error while a long run works, drawn by Spectre.Console. Shown only
/// when standard error is a terminal and the run has many articles: a redirected stream (a log, a
/// CI step, a pipe) must receive nothing from it.
/// </summary>
internal static class ProgressDisplay
{
    public static bool IsWanted(CliHost host, int articles) => host.ErrorIsTerminal && articles >= host.ProgressMinimumArticles;

    /// <summary>Runs <paramref name="analyze"/>, reporting each finished article to a bar drawn on <paramref name="terminal"/>.</summary>
    public static AnalysisResult Run(TextWriter terminal, int articles, Func<Action<ArticleReport>, AnalysisResult> analyze)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(terminal),
            Ansi = AnsiSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        AnalysisResult? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Checking articles", maxValue: articles);
                result = analyze(_ => task.Increment(1));
            });
        return result!;
    }
}
