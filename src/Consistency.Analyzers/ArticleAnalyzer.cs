using System.Collections.Immutable;
using Consistency.Packs.Zapad2025;
using Consistency.Rules;
using Consistency.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using EngineAnalyzer = Consistency.Analysis.Analyzer;
using EngineDiagnostic = Consistency.Analysis.Diagnostic;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace Consistency.Analyzers;

/// <summary>
/// The rule packs inside the compiler: every article among the project's AdditionalFiles is
/// analysed by the same engine as <c>consistency check</c>, and each finding is reported at its
/// words in the article file, with the rule's ID, message and severity. Severities configured in
/// .editorconfig (<c>dotnet_diagnostic.ZAP002.severity = none</c>) are then applied by the
/// compiler itself, per file, as for any analyzer; the analyzer reads no file of its own.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class ArticleAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The packs this build of the analyzer carries (as the command line's).</summary>
    private static readonly IReadOnlyList<RulePack> Packs = [new Zapad2025Pack()];

    // One article at a time per call: the compiler already runs additional-file actions in parallel.
    private readonly EngineAnalyzer _engine = new(Packs, new Consistency.Analysis.AnalyzerOptions { MaxDegreeOfParallelism = 1 });
    private readonly CompilerDescriptors _descriptors;

    public ArticleAnalyzer() => _descriptors = new CompilerDescriptors(_engine.Descriptors);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    private void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!ArticleSelection.IsArticle(file, context.Options))
        {
            return;
        }

        var text = file.GetText(context.CancellationToken);
        if (text is null)
        {
            // The compiler could not read it (and has said why, CS2015 and the like); the command line says CON0002.
            var unreadable = Consistency.Analysis.EngineDiagnostics.AboutArticle(
                Consistency.Analysis.EngineDiagnostics.Unreadable, file.Path, "the compiler could not read the file");
            context.ReportDiagnostic(ToCompiler(unreadable, file.Path));
            return;
        }

        var report = _engine.Analyze(new Article(file.Path, text.ToString()));
        foreach (var finding in report.Diagnostics)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.ReportDiagnostic(ToCompiler(finding, file.Path));
        }
    }

    /// <summary>
    /// The engine's finding as a compiler diagnostic, at the same span, line and column. The
    /// location names the file exactly as the compiler does (the engine's path has forward
    /// slashes), or the compiler would not place it in that additional file.
    /// </summary>
    private RoslynDiagnostic ToCompiler(EngineDiagnostic finding, string path)
    {
        var where = finding.Location;
        var lines = new LinePositionSpan(
            new LinePosition(where.StartLine - 1, where.StartColumn - 1),
            new LinePosition(where.EndLine - 1, where.EndColumn - 1));
        return RoslynDiagnostic.Create(
            _descriptors[finding.Id],
            Location.Create(path, finding.Span, lines),
            CompilerDescriptors.Convert(finding.Severity),
            additionalLocations: null,
            properties: null,
            finding.Message);
    }
}
