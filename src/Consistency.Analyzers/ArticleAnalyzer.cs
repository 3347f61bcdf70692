using System.Collections.Immutable;
using Consistency.Analysis;
using Consistency.Analysis.Configuration;
using Consistency.Packs.Zapad2025;
using Consistency.Rules;
using Consistency.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using EngineAnalyzer = Consistency.Analysis.Analyzer;
using EngineDiagnostic = Consistency.Analysis.Diagnostic;
using EngineOptions = Consistency.Analysis.AnalyzerOptions;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace Consistency.Analyzers;

/// <summary>
/// The rule packs inside the compiler: every article among the project's AdditionalFiles is
/// analysed by the same engine as <c>consistency check</c>, and each finding is reported at its
/// words in the article file, with the rule's ID, message and severity.
/// </summary>
/// <remarks>
/// Severities: the compiler applies a global config's <c>dotnet_diagnostic.&lt;ID&gt;.severity</c>
/// to every diagnostic, but an .editorconfig section's only to diagnostics in source files, never
/// to those in AdditionalFiles (dotnet/roslyn#31916). So the package's targets hand the compiler
/// the .editorconfig files above the articles as AdditionalFiles too, and the analyzer matches
/// their sections to each article with Roslyn's own <see cref="AnalyzerConfigSet"/>, exactly as the
/// command line does. The analyzer reads no file itself: every text comes from the compiler.
/// </remarks>
// Nothing here depends on the language; the package puts it under analyzers/dotnet/cs, so a desk is a C# project (with no code of its own).
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class ArticleAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The packs this build of the analyzer carries (as the command line's).</summary>
    private static readonly IReadOnlyList<RulePack> Packs = [new Zapad2025Pack()];

    /// <summary>The configuration files among the AdditionalFiles: named exactly this.</summary>
    private const string EditorConfigName = ".editorconfig";

    private readonly CompilerDescriptors _descriptors = new(new EngineAnalyzer(Packs).Descriptors);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(StartCompilation);
    }

    private void StartCompilation(CompilationStartAnalysisContext context)
    {
        var configuration = EditorConfigSeverities.FromTexts(EditorConfigTexts(context.Options.AdditionalFiles, context.CancellationToken));
        // One article at a time per call: the compiler already runs additional-file actions in parallel.
        var engine = new EngineAnalyzer(Packs, new EngineOptions { MaxDegreeOfParallelism = 1, Severities = configuration });
        context.RegisterAdditionalFileAction(file => AnalyzeFile(engine, file));
    }

    private static IEnumerable<KeyValuePair<string, string>> EditorConfigTexts(ImmutableArray<AdditionalText> files, CancellationToken cancellation)
    {
        foreach (var file in files)
        {
            if (string.Equals(Path.GetFileName(file.Path), EditorConfigName, StringComparison.Ordinal)
                && file.GetText(cancellation) is { } text)
            {
                yield return new(file.Path, text.ToString());
            }
        }
    }

    private void AnalyzeFile(EngineAnalyzer engine, AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!ArticleSelection.IsArticle(file, context.Options))
        {
            return;
        }

        var text = file.GetText(context.CancellationToken);
        var report = text is null
            // The compiler could not read it (and says why); the command line would say CON0002.
            ? new ArticleReport(file.Path, [EngineDiagnostics.AboutArticle(EngineDiagnostics.Unreadable, file.Path, "the compiler could not read the file")])
            : engine.Analyze(new Article(file.Path, text.ToString()));
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
