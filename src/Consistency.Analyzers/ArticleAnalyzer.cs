using System.Collections.Immutable;
using Consistency.Analysis;
using Consistency.Analysis.Configuration;
using Consistency.Rules;
using Consistency.Rules.Corpus;
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
public sealed partial class ArticleAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The packs this build of the analyzer carries: every referenced pack project, as the command line's.</summary>
    private static readonly IReadOnlyList<RulePack> Packs = Referenced();

    /// <summary>Written by Consistency.Generators' PackListGenerator: one instance of each referenced pack.</summary>
    [PackList]
    private static partial IReadOnlyList<RulePack> Referenced();

    /// <summary>The configuration files among the AdditionalFiles: named exactly this.</summary>
    private const string EditorConfigName = ".editorconfig";

    private readonly CompilerDescriptors _descriptors = new(
        new EngineAnalyzer(Packs).Descriptors,
        Packs.SelectMany(p => p.Rules).OfType<CorpusRule>().Select(r => r.Descriptor.Id).Append(EngineDiagnostics.CorpusRuleFailed.Id).ToHashSet(StringComparer.Ordinal));

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
        // Each article is checked by the pack its configuration names (consistency_pack), as in the command line.
        var engine = new EngineAnalyzer(Packs, new EngineOptions { MaxDegreeOfParallelism = 1, Severities = configuration, PackChoice = configuration });
        // The corpus rules observe each article here and report across them at the compilation's end, as in the command line.
        var corpus = engine.StartCorpus();
        var paths = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        context.RegisterAdditionalFileAction(file => AnalyzeFile(corpus, paths, file));
        context.RegisterCompilationEndAction(end => ReportCorpus(corpus, paths, end));
    }

    private void ReportCorpus(CorpusSession corpus, System.Collections.Concurrent.ConcurrentDictionary<string, string> paths, CompilationAnalysisContext context)
    {
        foreach (var report in corpus.Finish().Reports)
        {
            foreach (var finding in report.Diagnostics)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var related = finding.Related.Select(r => Place(paths.GetValueOrDefault(r.Path, r.Path), r.Span, r.Location));
                context.ReportDiagnostic(ToCompiler(finding, paths.GetValueOrDefault(finding.Path, finding.Path), related));
            }
        }
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

    private void AnalyzeFile(CorpusSession corpus, System.Collections.Concurrent.ConcurrentDictionary<string, string> paths, AdditionalFileAnalysisContext context)
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
            : corpus.Analyze(new Article(file.Path, text.ToString()));
        // The engine reports paths with forward slashes; the compiler places a finding only under the file's own spelling.
        paths[report.Path] = file.Path;
        foreach (var finding in report.Diagnostics)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.ReportDiagnostic(ToCompiler(finding, file.Path, []));
        }
    }

    /// <summary>
    /// The engine's finding as a compiler diagnostic, at the same span, line and column. The
    /// location names the file exactly as the compiler does (the engine's path has forward
    /// slashes), or the compiler would not place it in that additional file.
    /// </summary>
    private RoslynDiagnostic ToCompiler(EngineDiagnostic finding, string path, IEnumerable<Location> related)
    {
        return RoslynDiagnostic.Create(
            _descriptors[finding.Id],
            Place(path, finding.Span, finding.Location),
            CompilerDescriptors.Convert(finding.Severity),
            additionalLocations: related,
            properties: null,
            finding.Message);
    }

    private static Location Place(string path, TextSpan span, LineSpan where) => Location.Create(path, span, new LinePositionSpan(
        new LinePosition(where.StartLine - 1, where.StartColumn - 1),
        new LinePosition(where.EndLine - 1, where.EndColumn - 1)));
}
